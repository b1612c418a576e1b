package vn.gov.noivu.bantin.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gov.noivu.bantin.base.Language;
import vn.gov.noivu.bantin.base.Message;
import vn.gov.noivu.bantin.base.Suggest;

/**
 * The command line's grammar: the commands, their options, how a command line is read and the help that
 * lists them, in the catalog's words. Written here rather than taken from a parsing library: the one used
 * before ships Java 5 classes, which the class-data archive cannot hold, and setting it up cost 140 ms of
 * every command's start (a tenth of an incremental build of 10,000 articles).
 * <p>
 * An option is written {@code --name value} or {@code --name=value}; a flag alone; {@code -h}/{@code --help}
 * and {@code -V}/{@code --version} work with every command, {@code --lang} anywhere; {@code --} ends the
 * options.
 */
final class Args {
    /** An option: its name, the label of its value (null for a flag), its help's key; a list's values are split at commas and may repeat. */
    record Option(String name, String label, String help, boolean list) {
        static Option flag(String name, String help) {
            return new Option(name, null, help, false);
        }

        static Option value(String name, String label, String help) {
            return new Option(name, label, help, false);
        }

        /** As the synopsis and the help write it: {@code --now=ISO-DATETIME}. */
        String written() {
            return label == null ? name : name + "=" + label + (list ? "[," + label + "...]" : "");
        }
    }

    static final Option HELP = Option.flag("--help", "cli.option.help");
    static final Option VERSION = Option.flag("--version", "cli.option.version");
    static final Option LANG = Option.value("--lang", "vi|en", "cli.option.lang");
    static final Option SOURCE = Option.value("--source", "DIR", "cli.option.source");
    static final Option NOW = Option.value("--now", "ISO-DATETIME", "cli.option.now");
    static final Option VERBOSE = Option.flag("--verbose", "cli.option.verbose");
    static final Option OUTPUT = Option.value("--output", "DIR", "cli.option.output");
    static final Option REBUILD = Option.flag("--rebuild", "cli.option.rebuild");
    static final Option CACHE = Option.value("--cache", "DIR", "cli.option.cache");
    static final Option PORT = Option.value("--port", "PORT", "cli.option.port");
    static final Option DRAFTS = Option.flag("--drafts", "cli.option.drafts");
    static final Option FUTURE = Option.flag("--future", "cli.option.future");
    static final Option CATEGORY = Option.value("--category", "NAME", "cli.option.category");
    static final Option TAGS = new Option("--tags", "TAGS", "cli.option.tags", true);
    static final Option ALL_WARNINGS = Option.flag("--all-warnings", "cli.option.allWarnings");
    /** Set by the pre-commit hook; not in the help. */
    static final Option BEFORE_COMMIT = Option.flag("--before-commit", null);
    /** Set by {@code mvn package}'s build of the site, the set-up step: the tool is built whatever the content says; not in the help. */
    static final Option SETUP = Option.flag("--setup", null);
    /** The one value of a command that is not an option: {@code new}'s title, {@code publish}'s file. */
    record Operand(String label, String help) {
    }

    static final Operand TITLE = new Operand("TITLE", "cli.option.title");
    static final Operand FILE = new Operand("FILE", "cli.option.file");
    /** The port the preview listens on without {@code --port}. */
    static final int DEFAULT_PORT = 8820;

    /** An exit code a command can end with, and the catalog's key of what it means. */
    record Exit(int code, String meaning) {
    }

    private static final Exit CONTENT_ERRORS = new Exit(Main.CONTENT_ERRORS, "cli.exitCode.1");
    private static final Exit USAGE = new Exit(Main.USAGE, "cli.exitCode.2");

    /** The commands; {@link #NONE} is the program itself, before a command is named. */
    enum Command {
        NONE("", "cli.description", null, List.of(new Exit(Main.OK, "cli.exitCode.0"), CONTENT_ERRORS, USAGE)),
        BUILD("build", "cli.build.description", null, List.of(new Exit(Main.OK, "cli.build.exit.0"), CONTENT_ERRORS, USAGE),
                SOURCE, NOW, VERBOSE, OUTPUT, REBUILD, CACHE, SETUP),
        CHECK("check", "cli.check.description", null, List.of(new Exit(Main.OK, "cli.check.exit.0"), CONTENT_ERRORS, USAGE),
                SOURCE, NOW, VERBOSE, CACHE, ALL_WARNINGS, BEFORE_COMMIT),
        SERVE("serve", "cli.serve.description", null, List.of(new Exit(Main.OK, "cli.serve.exit.0"),
                new Exit(Main.USAGE, "cli.serve.exit.2")), SOURCE, NOW, VERBOSE, PORT, DRAFTS, FUTURE, CACHE),
        NEW("new", "cli.new.description", TITLE, List.of(new Exit(Main.OK, "cli.new.exit.0"), new Exit(Main.CONTENT_ERRORS,
                "cli.new.exit.1"), new Exit(Main.USAGE, "cli.new.exit.2")), SOURCE, CATEGORY, TAGS),
        PUBLISH("publish", "cli.publish.description", FILE, List.of(new Exit(Main.OK, "cli.publish.exit.0"),
                new Exit(Main.CONTENT_ERRORS, "cli.publish.exit.1"), new Exit(Main.USAGE, "cli.publish.exit.2")), SOURCE, NOW, VERBOSE);

        final String word;
        final String description;
        /** The value it takes besides options, or null. */
        final Operand operand;
        /** The exit codes it can end with, each with what it means for this command. */
        final List<Exit> exits;
        /** Every option it takes, the standard ones included. */
        final List<Option> options;

        Command(String word, String description, Operand operand, List<Exit> exits, Option... own) {
            this.word = word;
            this.description = description;
            this.operand = operand;
            this.exits = exits;
            List<Option> all = new ArrayList<>(List.of(HELP, VERSION, LANG));
            all.addAll(List.of(own));
            this.options = List.copyOf(all);
        }

        Option option(String name) {
            for (Option o : options) {
                if (o.name().equals(name)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** A command line as read: the command, each option's values in order, and its operand ({@code new}'s title, {@code publish}'s file). */
    record Parsed(Command command, Map<Option, List<String>> values, String operand) {
        boolean has(Option o) {
            return values.containsKey(o);
        }

        /** The option's last value (a repeated option's last one counts), or null. */
        String value(Option o) {
            List<String> v = values.get(o);
            return v == null ? null : v.get(v.size() - 1);
        }

        /** A list option's values, split at commas, from every time it was given. */
        List<String> list(Option o) {
            List<String> out = new ArrayList<>();
            for (String v : values.getOrDefault(o, List.of())) {
                out.addAll(List.of(v.split(",", -1)));
            }
            return out;
        }
    }

    /** A command line this program cannot run: why, and the command whose help says how to write it. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final transient Message why;
        final Command command;

        Refused(Message why, Command command) {
            super(why.key(), null, false, false);
            this.why = why;
            this.command = command;
        }
    }

    private Args() {
    }

    /** Reads a command line. */
    static Parsed parse(String[] args) throws Refused {
        Command command = Command.NONE;
        Map<Option, List<String>> values = new LinkedHashMap<>();
        String operand = null;
        boolean optionsEnd = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!optionsEnd && a.equals("--")) {
                optionsEnd = true;
                continue;
            }
            if (!optionsEnd && a.startsWith("-") && a.length() > 1) {
                int eq = a.startsWith("--") ? a.indexOf('=') : -1;
                String name = eq < 0 ? a : a.substring(0, eq);
                Option o = name.equals("-h") ? HELP : name.equals("-V") ? VERSION : command.option(name);
                if (o == null) {
                    throw new Refused(unknown(a, names(command)), command);
                }
                String value;
                if (o.label() == null) {
                    if (eq >= 0) {
                        throw new Refused(Message.of("cli.badValue", o.name(), a.substring(eq + 1)), command);
                    }
                    value = "";
                } else if (eq >= 0) {
                    value = a.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new Refused(Message.of("cli.missing", o.written()), command);
                }
                values.computeIfAbsent(o, k -> new ArrayList<>()).add(value);
                continue;
            }
            if (command == Command.NONE) {
                command = commandNamed(a).orElseThrow(() -> new Refused(unknownCommand(a), Command.NONE));
            } else if (command.operand != null && operand == null) {
                operand = a;
            } else {
                throw new Refused(unknown(a, List.of()), command);
            }
        }
        if (command.operand != null && operand == null && !values.containsKey(HELP) && !values.containsKey(VERSION)) {
            throw new Refused(Message.of("cli.missing", command.operand.label()), command);
        }
        return new Parsed(command, values, operand);
    }

    private static java.util.Optional<Command> commandNamed(String word) {
        for (Command c : Command.values()) {
            if (c != Command.NONE && c.word.equals(word)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }

    private static List<String> commandWords() {
        List<String> out = new ArrayList<>();
        for (Command c : Command.values()) {
            if (c != Command.NONE) {
                out.add(c.word);
            }
        }
        return out;
    }

    private static List<String> names(Command command) {
        List<String> out = new ArrayList<>();
        for (Option o : command.options) {
            if (o.help() != null) {
                out.add(o.name());
            }
        }
        return out;
    }

    /** An argument nothing takes, with the names it may be a slip for. */
    static Message unknown(String given, List<String> names) {
        List<String> like = like(given, names);
        return like.isEmpty() ? Message.of("cli.unknown", given) : Message.of("cli.unknownLike", given, String.join(", ", like));
    }

    /** A word where a command was expected, with the commands it may be a slip for. */
    private static Message unknownCommand(String given) {
        List<String> like = like(given, commandWords());
        return like.isEmpty() ? Message.of("cli.unknownCommand", given, String.join(", ", commandWords()))
                : Message.of("cli.unknownCommandLike", given, String.join(", ", like));
    }

    /** Of {@code names}, those {@code given} may be a slip for: one edit of two letters away per four, or their start. */
    private static List<String> like(String given, List<String> names) {
        String word = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
        String bare = word.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
        List<String> like = new ArrayList<>();
        for (String name : names) {
            String n = name.replaceFirst("^-+", "");
            if (!bare.isEmpty() && (n.startsWith(bare) || Suggest.distance(bare, n) <= Math.max(1, n.length() / 4))) {
                like.add(name);
            }
        }
        return like;
    }

    /** The width of the help's lines. */
    private static final int WIDTH = 80;
    /** An option written longer than this has its help on the next line. */
    private static final int LONGEST_BESIDE = 20;

    /**
     * The help of {@code command}: synopsis, description, options (or commands) and the exit codes it can end
     * with; {@code name} is the program as the user started it ({@code ./bantin}, {@code java -jar target/bantin.jar}).
     */
    static String help(Command command, Language language, String name) {
        StringBuilder out = new StringBuilder();
        String start = Message.of("cli.usage").in(language) + " " + name + (command == Command.NONE ? "" : " " + command.word);
        List<Option> shown = command.options.stream().filter(o -> o.help() != null).toList();
        List<String> synopsis = new ArrayList<>(List.of("[-hV]"));
        shown.stream().filter(o -> o.label() == null && o != HELP && o != VERSION).map(o -> "[" + o.name() + "]").sorted().forEach(synopsis::add);
        shown.stream().filter(o -> o.label() != null).map(o -> "[" + o.written() + "]" + (o.list() ? "..." : ""))
                .sorted().forEach(synopsis::add);
        synopsis.add(command == Command.NONE ? "[COMMAND]" : command.operand != null ? command.operand.label() : null);
        synopsis.remove(null);
        out.append(wrap(start + " " + String.join(" ", synopsis), start.length() + 1, start.length() + 1));
        out.append(wrap(Message.of(command.description).in(language), 0, 0));
        List<String[]> rows = new ArrayList<>();
        if (command.operand != null) {
            rows.add(new String[] {"      " + command.operand.label(), Message.of(command.operand.help()).in(language)});
        }
        shown.stream().sorted(Comparator.comparing(o -> o.name().substring(2))).forEach(o -> rows.add(new String[] {
            (o == HELP ? "  -h, " : o == VERSION ? "  -V, " : "      ") + o.written(),
            Message.of(o.help(), DEFAULT_PORT).in(language)}));
        out.append(table(rows, 6 + LONGEST_BESIDE, 3));
        if (command == Command.NONE) {
            out.append('\n').append(Message.of("cli.commands").in(language)).append('\n');
            List<String[]> commands = new ArrayList<>();
            for (Command c : Command.values()) {
                if (c != Command.NONE) {
                    commands.add(new String[] {"  " + c.word, Message.of(c.description).in(language)});
                }
            }
            out.append(table(commands, WIDTH, 2));
        }
        out.append('\n').append(Message.of("cli.exitCodes").in(language)).append('\n');
        for (Exit exit : command.exits) {
            out.append(wrap("  " + exit.code() + "   " + Message.of(exit.meaning()).in(language), 6, 6));
        }
        return out.toString();
    }

    /**
     * Two columns: each left cell, then its text {@code gap} spaces after the widest left cell no wider than
     * {@code widest}, wrapped with a two-space hang; a wider cell has its text on the next line.
     */
    private static String table(List<String[]> rows, int widest, int gap) {
        int column = 0;
        for (String[] r : rows) {
            if (r[0].length() <= widest) {
                column = Math.max(column, r[0].length());
            }
        }
        column += gap;
        StringBuilder out = new StringBuilder();
        for (String[] r : rows) {
            String first = r[0].length() <= column - gap ? r[0] + " ".repeat(column - r[0].length()) + r[1]
                    : r[0] + "\n" + " ".repeat(column) + r[1];
            out.append(wrap(first, column, column + 2));
        }
        return out.toString();
    }

    /** {@code text} in lines of at most {@link #WIDTH}, broken at spaces after {@code keep}, later lines indented by {@code hang}. */
    private static String wrap(String text, int keep, int hang) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int from = 0;
            int indent = 0;
            while (indent + line.length() - from > WIDTH) {
                int limit = from + WIDTH - indent;
                int space = line.lastIndexOf(' ', limit);
                if (space <= from + Math.max(0, keep - indent)) {
                    break; // one word longer than the line: left whole
                }
                out.append(line, from, space).append('\n').append(" ".repeat(hang));
                from = space + 1;
                indent = hang;
            }
            out.append(line, from, line.length()).append('\n');
        }
        return out.toString();
    }
}
