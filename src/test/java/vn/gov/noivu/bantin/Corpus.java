package vn.gov.noivu.bantin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.gov.noivu.bantin.base.Slugs;

/**
 * A synthetic archive of Vietnamese news articles in this site's own schema, shaped like what the department's
 * editors write, for the 1,000-article tests ({@link BuiltSites#generated()}) and the benchmark
 * ({@code bench/bench.py} runs {@link #main}).
 *
 * <p>First a registry of văn bản ({@code content/van-ban/<year>/<slug>.md}, one for every 40 articles and at
 * least 12), which the articles cite by number. Then each article, {@code content/tin-tuc/<year>/<month>/<slug>-<n>.md}:
 * title, date (2010-01-01 to 2026-10-31, +07:00), one of the repository's categories, 2–4 tags, author, summary;
 * about 1 in 3 has a lead image ({@code assets/images/<year>/<month>/<slug>-<n>.jpg}, a small real JPEG) with
 * its alt text and caption; about 1 in 50 is a draft ({@code draft: true}), dated in the five days before the tests' and the
 * benchmark's clock, as a newsroom's drafts are (an old draft draws check's reminder to publish it with
 * {@code publish}). With {@link Pictures#photos}, every other article (the even numbers) has a camera-like photo of
 * the size given instead ({@link TestPhotos#photo}, JPEG at quality 0.9), and no article a grey image; with
 * {@link Pictures#NONE}, no article has a lead picture: the articles' texts are the same in all three. Bodies are
 * written as the seed articles are: a lead paragraph in bold, paragraphs with emphasis and quotations, citations of
 * the registry ({@code [[108/2014/NĐ-CP]]}), links to earlier articles, to categories and to other sites, pictures in
 * the text with a caption, headings, lists and tables. Text is NFC. The same count and seed give the same bytes on
 * any machine ({@link Random}'s sequence is fixed by its specification).
 */
public final class Corpus {
    /** The categories of the repository's jbake.properties, in its order (CorpusTest checks they agree). */
    static final List<String> CATEGORIES = List.of("Tin hoạt động", "Cải cách hành chính", "Thi đua khen thưởng",
            "Văn thư lưu trữ", "Tôn giáo", "Công chức viên chức", "Chính quyền địa phương", "Thông báo");
    static final OffsetDateTime FIRST = OffsetDateTime.parse("2010-01-01T00:00+07:00");
    static final OffsetDateTime LAST = OffsetDateTime.parse("2026-10-31T23:59+07:00");
    /** Drafts are dated in the five days before this: {@link TestSites#NOW}, the clock of the tests and of bench/bench.py. */
    static final OffsetDateTime DRAFTS_BEFORE = TestSites.NOW.toOffsetDateTime();
    /** Lead images: width and height in pixels (multiples of 8, so the JPEG has whole blocks). */
    static final int IMAGE_WIDTH = 960;
    static final int IMAGE_HEIGHT = 540;

    private static final List<String> SUBJECTS = List.of("Sở Nội vụ", "Ủy ban nhân dân tỉnh", "Ban Thi đua – Khen thưởng",
            "Chi cục Văn thư – Lưu trữ", "Ban Tôn giáo", "Thanh tra Sở Nội vụ", "Phòng Nội vụ huyện Sơn Hà",
            "Đoàn kiểm tra công vụ", "Hội đồng thi tuyển công chức", "Công đoàn cơ sở Sở Nội vụ");
    private static final List<String> ACTIONS = List.of("tổ chức hội nghị về", "sơ kết", "tổng kết", "kiểm tra",
            "tập huấn", "hướng dẫn", "triển khai", "rà soát", "lấy ý kiến về", "đánh giá kết quả");
    private static final List<String> TOPICS = List.of("công tác cải cách hành chính", "chỉ số cải cách hành chính",
            "tuyển dụng công chức cấp xã", "bồi dưỡng kỹ năng lãnh đạo, quản lý", "chấm điểm thi đua các khối",
            "chỉnh lý tài liệu lưu trữ", "số hóa hồ sơ lưu trữ", "quản lý biên chế", "đề án vị trí việc làm",
            "công tác tôn giáo", "xây dựng chính quyền số", "thực hiện dân chủ ở cơ sở", "sắp xếp thôn, tổ dân phố",
            "chế độ tiền lương", "đạo đức công vụ");
    private static final List<String> PERIODS = List.of("năm %1$d", "quý I năm %1$d", "6 tháng đầu năm %1$d",
            "tháng %2$d/%1$d", "giai đoạn %1$d–%3$d", "");
    private static final List<String> SENTENCES = List.of(
            "Tham dự hội nghị có lãnh đạo các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố.",
            "Theo báo cáo, trong kỳ toàn tỉnh đã tiếp nhận và giải quyết đúng hạn phần lớn hồ sơ thủ tục hành chính.",
            "Nhiều đơn vị đã chủ động đổi mới cách làm, rút ngắn thời gian xử lý công việc cho người dân và doanh nghiệp.",
            "Bên cạnh kết quả đạt được, một số cơ quan vẫn chậm cập nhật dữ liệu lên hệ thống quản lý văn bản.",
            "Đại diện Sở Nội vụ cho biết sẽ tiếp tục theo dõi, đôn đốc việc thực hiện các kiến nghị sau kiểm tra.",
            "Các đại biểu đã thảo luận sôi nổi, đề xuất nhiều giải pháp thiết thực để nâng cao chất lượng phục vụ.",
            "Công chức tại bộ phận một cửa được bồi dưỡng thêm kỹ năng giao tiếp và sử dụng phần mềm điện tử.",
            "Kết quả khảo sát cho thấy mức độ hài lòng của người dân đối với dịch vụ hành chính công tăng lên.",
            "Ban Thi đua – Khen thưởng đề nghị các đơn vị gửi hồ sơ khen thưởng đúng thời hạn quy định.",
            "Chi cục Văn thư – Lưu trữ đã chỉnh lý hàng trăm mét giá tài liệu tồn đọng của các cơ quan.",
            "Việc số hóa tài liệu lưu trữ giúp tra cứu nhanh hơn và giảm chi phí bảo quản hồ sơ giấy.",
            "Các cơ sở tôn giáo trên địa bàn hoạt động ổn định, chấp hành tốt chính sách, pháp luật của Nhà nước.",
            "Đoàn kiểm tra ghi nhận tinh thần trách nhiệm và thái độ phục vụ của đội ngũ cán bộ, công chức.",
            "Kỳ tuyển dụng năm nay có hơn bốn trăm thí sinh đăng ký dự thi vào các vị trí việc làm còn thiếu.",
            "Sở đề nghị các địa phương rà soát, hoàn thiện đề án vị trí việc làm trước khi trình phê duyệt.",
            "Hội nghị đã thống nhất các chỉ tiêu chủ yếu và phân công nhiệm vụ cụ thể cho từng phòng, ban.",
            "Lãnh đạo tỉnh ghi nhận những nỗ lực của ngành nội vụ trong việc sắp xếp tổ chức bộ máy.",
            "Các xã, phường, thị trấn đã niêm yết công khai thủ tục hành chính tại trụ sở và trên cổng thông tin.",
            "Việc đánh giá, xếp loại công chức được thực hiện thực chất hơn, gắn với kết quả công việc.",
            "Những tập thể, cá nhân tiêu biểu được biểu dương và nhận bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.",
            "Trong thời gian tới, ngành sẽ đẩy mạnh chuyển đổi số và kết nối dữ liệu giữa các cấp chính quyền.",
            "Người dân có thể nộp hồ sơ trực tuyến và theo dõi tiến độ giải quyết trên điện thoại di động.",
            "Lớp bồi dưỡng kéo dài năm ngày, kết hợp giảng dạy lý thuyết với trao đổi kinh nghiệm thực tế.",
            "Báo cáo cũng chỉ ra một số hạn chế cần khắc phục như hạ tầng công nghệ thông tin chưa đồng bộ.");
    private static final List<String> HEADINGS = List.of("Kết quả nổi bật", "Những tồn tại, hạn chế", "Nhiệm vụ thời gian tới",
            "Giải pháp trọng tâm", "Ý kiến chỉ đạo", "Danh sách khen thưởng");
    private static final List<String> LIST_ITEMS = List.of("Rà soát, cập nhật danh mục thủ tục hành chính",
            "Hoàn thành chỉnh lý tài liệu tồn đọng", "Tổ chức tập huấn nghiệp vụ cho công chức cấp xã",
            "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính", "Đẩy mạnh tiếp nhận hồ sơ trực tuyến",
            "Triển khai phong trào thi đua chuyên đề", "Công khai kết quả giải quyết hồ sơ", "Bố trí công chức đúng vị trí việc làm");
    private static final List<String> UNITS = List.of("Sở Nội vụ", "Sở Tư pháp", "Sở Y tế", "Sở Tài chính",
            "Văn phòng UBND tỉnh", "UBND huyện Sơn Hà", "UBND huyện Ba Tơ", "UBND thị xã Đức Phổ");
    private static final List<String> AUTHORS = List.of("Nguyễn Thị Thu Hằng", "Trần Quốc Bảo", "Lê Minh Châu",
            "Phạm Văn Dũng", "Võ Thị Kim Oanh", "Huỳnh Tấn Lộc", "Đặng Thanh Tùng", "Bùi Thị Ngọc Ánh", "Phan Đức Hiếu",
            "Đỗ Hoàng Yến");
    private static final List<String> TAGS = List.of("cải cách hành chính", "công chức", "viên chức", "tuyển dụng",
            "thi đua khen thưởng", "văn thư lưu trữ", "tôn giáo", "chính quyền địa phương", "chuyển đổi số", "một cửa",
            "dịch vụ công trực tuyến", "vị trí việc làm", "biên chế", "bồi dưỡng", "đạo đức công vụ", "kiểm tra công vụ",
            "số hóa tài liệu", "chỉ số PAR INDEX", "chỉ số SIPAS", "hội nghị", "tập huấn", "dân chủ ở cơ sở", "tiền lương",
            "bằng khen", "cờ thi đua", "tín ngưỡng", "cơ sở thờ tự", "cấp xã", "thôn, tổ dân phố", "sắp xếp bộ máy",
            "Sở Nội vụ", "thủ tục hành chính", "hồ sơ điện tử", "chữ ký số", "người đứng đầu", "cán bộ trẻ", "cán bộ nữ",
            "bình đẳng giới", "thanh niên", "hội quần chúng", "địa giới hành chính", "thanh tra", "tiếp công dân",
            "khen thưởng đột xuất", "điển hình tiên tiến", "lưu trữ lịch sử", "nâng ngạch", "thăng hạng", "quy hoạch cán bộ",
            "luân chuyển cán bộ", "hiện đại hóa hành chính", "ISO hành chính", "chính phủ số", "bộ phận một cửa",
            "thi tuyển", "xét tuyển", "cán bộ cấp xã", "người hoạt động không chuyên trách", "hội đặc thù", "quỹ xã hội",
            "chức sắc", "lễ hội", "tổng kết năm", "sơ kết 6 tháng", "kế hoạch năm", "hội thảo", "tọa đàm",
            "tinh giản biên chế", "nghỉ hưu", "chế độ chính sách", "phụ cấp", "đánh giá, xếp loại", "phòng, chống tham nhũng",
            "khiếu nại, tố cáo", "công khai, minh bạch", "văn hóa công sở", "an toàn thông tin", "dữ liệu cán bộ",
            "hồ sơ công chức", "lưu trữ điện tử", "cải cách thủ tục", "đơn vị sự nghiệp", "tự chủ tài chính",
            "hợp đồng lao động", "bổ nhiệm", "miễn nhiệm", "kỷ luật", "khen thưởng", "huân chương", "chiến sĩ thi đua",
            "gương người tốt việc tốt", "dân vận khéo", "học tập và làm theo", "đại hội", "bầu cử", "Hội đồng nhân dân",
            "Mặt trận Tổ quốc", "Công đoàn", "Đoàn Thanh niên", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh",
            "Hội Nông dân", "dân tộc thiểu số", "miền núi", "hải đảo", "giáo viên", "y tế cơ sở",
            "Sở Tư pháp", "Sở Y tế", "Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Xây dựng", "Sở Công Thương",
            "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Ban Dân tộc", "huyện Sơn Hà", "huyện Ba Tơ",
            "huyện Minh Long", "huyện Trà Bồng", "huyện Sơn Tây", "huyện Mộ Đức", "huyện Nghĩa Hành", "huyện Bình Sơn",
            "huyện Lý Sơn", "thị xã Đức Phổ", "huyện Tư Nghĩa", "huyện Sơn Tịnh", "năm 2010", "năm 2011", "năm 2012",
            "năm 2013", "năm 2014", "năm 2015", "năm 2016", "năm 2017", "năm 2018", "năm 2019", "năm 2020", "năm 2021",
            "năm 2022", "năm 2023", "năm 2024", "năm 2025", "năm 2026");
    private static final List<String> CATEGORY_SLUGS = CATEGORIES.stream().map(Slugs::slugify).toList();
    /** The lĩnh vực of the repository's jbake.properties (documents.fields; CorpusTest checks they agree). */
    static final List<String> DOCUMENT_FIELDS = List.of("Tổ chức bộ máy và biên chế", "Công chức viên chức",
            "Cải cách hành chính", "Chính quyền địa phương", "Thi đua khen thưởng", "Tôn giáo", "Văn thư lưu trữ");
    /** Kinds of văn bản: the type, the sign after the number, whether the number carries the year, the issuer and the signer. */
    private record DocumentKind(String type, String sign, boolean year, String issuer, String signer) {
    }

    private static final List<DocumentKind> DOCUMENT_KINDS = List.of(
            new DocumentKind("Nghị định", "NĐ-CP", true, "Chính phủ", "Thủ tướng Chính phủ"),
            new DocumentKind("Thông tư", "TT-BNV", true, "Bộ Nội vụ", "Bộ trưởng Bộ Nội vụ"),
            new DocumentKind("Quyết định", "QĐ-UBND", true, "Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"),
            new DocumentKind("Kế hoạch", "KH-UBND", false, "Ủy ban nhân dân tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
            new DocumentKind("Chỉ thị", "CT-UBND", false, "Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"),
            new DocumentKind("Hướng dẫn", "HD-SNV", false, "Sở Nội vụ", "Giám đốc Sở Nội vụ"));
    private static final List<String> DOCUMENT_SUBJECTS = List.of("về tinh giản biên chế", "về công tác văn thư",
            "về tuyển dụng, sử dụng và quản lý công chức", "về cải cách hành chính nhà nước", "về công tác thi đua, khen thưởng",
            "về vị trí việc làm và cơ cấu ngạch công chức", "về hoạt động tín ngưỡng, tôn giáo", "về chế độ tiền lương",
            "về thực hiện dân chủ ở cơ sở", "về đánh giá, xếp loại cán bộ, công chức", "về chỉnh lý tài liệu lưu trữ",
            "về sắp xếp thôn, tổ dân phố");
    /** What an article says before it cites a document, with the document's type after it. */
    private static final List<String> CITING = List.of("Thực hiện %s %s, ", "Căn cứ %s %s, ", "Theo %s %s, ",
            "Triển khai %s %s, ");
    private static final List<String> QUOTES = List.of(
            "Cải cách hành chính phải lấy sự hài lòng của người dân làm thước đo",
            "Mỗi cán bộ, công chức phải là một tấm gương về tinh thần phục vụ",
            "Không để hồ sơ nào trễ hạn mà không có lý do chính đáng",
            "Số hóa tài liệu là việc phải làm ngay, làm đến đâu chắc đến đó",
            "Thi đua phải thực chất, khen thưởng phải đúng người, đúng việc");
    private static final List<String> SPEAKERS = List.of("Giám đốc Sở Nội vụ", "Phó Chủ tịch Ủy ban nhân dân tỉnh",
            "Trưởng ban Thi đua – Khen thưởng", "Chi cục trưởng Chi cục Văn thư – Lưu trữ", "Phó Giám đốc Sở Nội vụ");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    /**
     * The articles' pictures: the grey lead images of about one article in three ({@link #GREY}), none, or a photo of
     * {@code width} × {@code height} pixels on every other article ({@link #photos}).
     */
    public record Pictures(boolean grey, int width, int height) {
        public static final Pictures GREY = new Pictures(true, 0, 0);
        public static final Pictures NONE = new Pictures(false, 0, 0);

        public static Pictures photos(int width, int height) {
            return new Pictures(false, width, height);
        }

        boolean photos() {
            return width > 0;
        }
    }

    private final Random rng;
    private final long seed;
    private final Pictures pictures;
    /** The camera-like photos to write, by file, with their seeds: made once every article is written, on every core. */
    private final java.util.Map<Path, Long> photos = new java.util.TreeMap<>();
    private final java.util.Set<String> titles = new java.util.HashSet<>();
    /** The numbers of the registry, with each document's type, for citations. */
    private final List<String[]> documents = new ArrayList<>();
    /** The published articles written so far (title, address), which later ones link to. */
    private final List<String[]> published = new ArrayList<>();

    private Corpus(long seed, Pictures pictures) {
        this.rng = new Random(seed);
        this.seed = seed;
        this.pictures = pictures;
    }

    /** Writes {@code count} articles into {@code site}'s content/tin-tuc/ and their images into its assets/images/. */
    public static void write(Path site, int count, long seed) {
        write(site, count, seed, Pictures.GREY);
    }

    /** As {@link #write(Path, int, long)}, the articles with {@code pictures}. */
    public static void write(Path site, int count, long seed, Pictures pictures) {
        Corpus corpus = new Corpus(seed, pictures);
        long span = Duration.between(FIRST, LAST).toMinutes() + 1;
        try {
            for (int n = 1; n <= Math.max(12, count / 40); n++) {
                corpus.document(site, n);
            }
            for (int n = 1; n <= count; n++) {
                corpus.article(site, n, FIRST.plusMinutes((long) (corpus.rng.nextDouble() * span)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        corpus.photos.entrySet().parallelStream().forEach(e -> {
            try {
                Files.write(e.getKey(), TestPhotos.jpeg(TestPhotos.photo(pictures.width(), pictures.height(), e.getValue()), 0.9f));
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        });
    }

    /**
     * {@code java -cp target/classes:target/test-classes:DEPENDENCIES vn.gov.noivu.bantin.Corpus --count N [--seed S]
     * [--photos WIDTHxHEIGHT | --photos none] SITE}
     */
    public static void main(String[] args) {
        int count = -1;
        long seed = 1;
        Pictures pictures = Pictures.GREY;
        Path site = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--photos" -> {
                    String size = args[++i];
                    pictures = size.equals("none") ? Pictures.NONE : Pictures.photos(Integer.parseInt(size.split("x")[0]),
                            Integer.parseInt(size.split("x")[1]));
                }
                default -> site = Path.of(args[i]);
            }
        }
        if (count < 0 || site == null) {
            System.err.println("usage: Corpus --count N [--seed S] [--photos WIDTHxHEIGHT | --photos none] SITE_FOLDER");
            System.exit(2);
        }
        write(site, count, seed, pictures);
    }

    /** A văn bản of the registry, which articles cite by its number. */
    private void document(Path site, int n) throws IOException {
        DocumentKind kind = pick(DOCUMENT_KINDS);
        int year = 2008 + rng.nextInt(18);
        java.time.LocalDate issued = java.time.LocalDate.of(year, 1, 1).plusDays(rng.nextInt(365));
        String number = n + (kind.year() ? "/" + year : "") + "/" + kind.sign();
        String slug = Slugs.slugify(kind.sign() + "-" + n + "-" + year);
        String summary = pick(DOCUMENT_SUBJECTS);
        StringBuilder md = new StringBuilder("---\n");
        md.append("so_ky_hieu: ").append(quote(number)).append('\n');
        md.append("loai: ").append(quote(kind.type())).append('\n');
        md.append("ngay_ban_hanh: ").append(issued).append('\n');
        md.append("co_quan_ban_hanh: ").append(quote(kind.issuer())).append('\n');
        md.append("nguoi_ky: ").append(quote(kind.signer())).append('\n');
        md.append("trich_yeu: ").append(quote(Character.toUpperCase(summary.charAt(0)) + summary.substring(1))).append('\n');
        md.append("linh_vuc: ").append(quote(pick(DOCUMENT_FIELDS))).append('\n');
        md.append("hieu_luc:\n  tu: ").append(issued.plusDays(15)).append('\n');
        md.append("---\n\n").append(kind.type()).append(' ').append(summary).append(". ").append(paragraph()).append('\n');
        Path file = site.resolve("content/van-ban").resolve(Integer.toString(year)).resolve(slug + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md, StandardCharsets.UTF_8);
        documents.add(new String[] {number, kind.type()});
    }

    private void article(Path site, int n, OffsetDateTime date) throws IOException {
        String title = title(date);
        String name = shortened(Slugs.slugify(title)) + "-" + n;
        String month = String.format(Locale.ROOT, "%d/%02d", date.getYear(), date.getMonthValue());
        String summary = pick(SENTENCES);
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: ").append(quote(title)).append('\n');
        int dated = md.length();
        md.append("date: ").append(DATE.format(date)).append('\n');
        md.append("category: ").append(quote(pick(CATEGORIES))).append('\n');
        List<String> tags = sample(TAGS, 2 + rng.nextInt(3));
        md.append("tags: [").append(String.join(", ", tags.stream().map(Corpus::quote).toList())).append("]\n");
        md.append("author: ").append(quote(pick(AUTHORS))).append('\n');
        md.append("summary: ").append(quote(summary)).append('\n');
        // The same draws whatever the pictures, so that the articles are the same.
        boolean grey = rng.nextInt(3) == 0;
        String subject = grey ? pick(SUBJECTS) : "";
        int top = grey ? 60 + rng.nextInt(120) : 0;
        int bottom = grey ? 60 + rng.nextInt(120) : 0;
        boolean photo = pictures.photos() && n % 2 == 0;
        if ((grey && pictures.grey()) || photo) {
            String image = "images/" + month + "/" + name + ".jpg";
            md.append("image: ").append(image).append('\n');
            md.append("image_alt: ").append(quote("Quang cảnh: " + title)).append('\n');
            md.append("image_caption: ").append(quote((subject.isEmpty() ? SUBJECTS.get(n % SUBJECTS.size()) : subject) + " – "
                    + summary)).append('\n');
            Path file = site.resolve("assets").resolve(image);
            Files.createDirectories(file.getParent());
            if (photo) {
                photos.put(file, seed * 1_000_003L + n);
            } else {
                Files.write(file, jpeg(IMAGE_WIDTH, IMAGE_HEIGHT, top, bottom));
            }
        }
        String folder = month;
        boolean draft = rng.nextInt(50) == 0;
        if (draft) {
            md.append("draft: true\n");
            // Written recently (the text was drawn for the first date: the random sequence, and so every other file, stays as it was).
            OffsetDateTime drafted = DRAFTS_BEFORE.minusMinutes(1 + (n * 37L) % (5 * 24 * 60));
            md.replace(dated, md.indexOf("\n", dated), "date: " + DATE.format(drafted));
            folder = String.format(Locale.ROOT, "%d/%02d", drafted.getYear(), drafted.getMonthValue());
        }
        md.append("---\n\n").append(body(site, date, month, name, summary));
        if (!draft) {
            published.add(new String[] {title, "/tin-tuc/" + Slugs.slugify(name) + ".html"});
        }
        Path file = site.resolve("content/tin-tuc").resolve(folder).resolve(name + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, md, StandardCharsets.UTF_8);
    }

    /**
     * A headline no other article of the corpus has: a news site never gives two articles one title (check
     * warns of it), so a combination drawn again becomes a later round ("(đợt 2)").
     */
    private String title(OffsetDateTime date) {
        int year = date.getYear();
        String period = String.format(Locale.ROOT, pick(PERIODS), year, date.getMonthValue(), year + 5);
        String head = rng.nextInt(10) < 7 ? pick(SUBJECTS) + " " + pick(ACTIONS) + " " + pick(TOPICS)
                : "Nâng cao hiệu quả " + pick(TOPICS);
        String title = (head + " " + period).strip();
        int round = 2;
        String unique = title;
        while (!titles.add(unique.toLowerCase(Locale.ROOT))) {
            unique = title + " (đợt " + round++ + ")";
        }
        return unique;
    }

    private String body(Path site, OffsetDateTime date, String month, String name, String summary) throws IOException {
        List<String> blocks = new ArrayList<>();
        int paragraphs = 4 + rng.nextInt(7);
        for (int i = 0; i < paragraphs; i++) {
            blocks.add(paragraph());
        }
        if (rng.nextInt(100) < 60) { // the lead: what happened, in bold, as the seed articles open
            blocks.add(0, "**" + pick(SUBJECTS) + " – " + summary + "**");
        } else if (rng.nextInt(100) < 45) { // a bold dateline, as newspapers write them
            blocks.set(0, "**" + pick(SUBJECTS) + "** – " + blocks.get(0));
        }
        if (!documents.isEmpty() && rng.nextInt(100) < 55) {
            int i = 1 + rng.nextInt(blocks.size() - 1);
            String[] cited = pick(documents);
            String lead = String.format(Locale.ROOT, pick(CITING), cited[1].toLowerCase(Locale.ROOT), "[[" + cited[0] + "]]");
            blocks.set(i, lead + Character.toLowerCase(blocks.get(i).charAt(0)) + blocks.get(i).substring(1));
        }
        if (rng.nextInt(100) < 35) {
            blocks.add(1 + rng.nextInt(blocks.size() - 1), "Phát biểu tại hội nghị, đồng chí " + pick(SPEAKERS)
                    + " nhấn mạnh: *“" + pick(QUOTES) + "”*.");
        }
        if (rng.nextInt(100) < 40) {
            int i = rng.nextInt(blocks.size());
            blocks.set(i, blocks.get(i) + " " + link());
        }
        if (!published.isEmpty() && rng.nextInt(100) < 30) {
            String[] earlier = published.get(published.size() - 1 - rng.nextInt(Math.min(published.size(), 200)));
            blocks.add("Xem thêm: [" + earlier[0] + "](" + earlier[1] + ")");
        }
        if (rng.nextInt(100) < 25) {
            String picture = "images/" + month + "/" + name + "-trong-bai.jpg";
            Path file = site.resolve("assets").resolve(picture);
            Files.createDirectories(file.getParent());
            Files.write(file, jpeg(IMAGE_WIDTH, IMAGE_HEIGHT, 40 + rng.nextInt(160), 40 + rng.nextInt(160)));
            blocks.add(1 + rng.nextInt(blocks.size() - 1), "![" + pick(SUBJECTS) + " tại buổi làm việc](/" + picture + ")\n\n*Ảnh: "
                    + pick(AUTHORS) + "*");
        }
        if (rng.nextInt(100) < 40) {
            blocks.add(1 + rng.nextInt(blocks.size() - 1), "## " + pick(HEADINGS));
        }
        if (rng.nextInt(100) < 35) {
            boolean numbered = rng.nextBoolean();
            List<String> items = sample(LIST_ITEMS, 3 + rng.nextInt(3));
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                String item = rng.nextInt(4) == 0 ? "**" + items.get(i) + "**" : items.get(i);
                list.append(i > 0 ? "\n" : "").append(numbered ? (i + 1) + ". " : "- ").append(item).append(';');
            }
            blocks.add(1 + rng.nextInt(blocks.size() - 1), list.toString());
        }
        if (rng.nextInt(100) < 15) {
            blocks.add(1 + rng.nextInt(blocks.size() - 1), table(date.getYear()));
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /** Sentences of the pool, now and then one with a phrase in italics or bold, as editors stress a figure or a name. */
    private String paragraph() {
        int sentences = 2 + rng.nextInt(4);
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String sentence = pick(SENTENCES);
            int stress = rng.nextInt(12);
            if (stress < 2) {
                int comma = sentence.indexOf(", ");
                if (comma > 0) {
                    sentence = (stress == 0 ? "*" : "**") + sentence.substring(0, comma) + (stress == 0 ? "*" : "**")
                            + sentence.substring(comma);
                }
            }
            p.append(i > 0 ? " " : "").append(sentence);
        }
        return p.toString();
    }

    /** A link to a category of the site (checked by the build like any internal link) or to another site. */
    private String link() {
        if (rng.nextBoolean()) {
            int c = rng.nextInt(CATEGORIES.size());
            return "Xem thêm các tin trong chuyên mục [" + CATEGORIES.get(c) + "](/chuyen-muc/" + CATEGORY_SLUGS.get(c) + "/).";
        }
        return "Toàn văn kế hoạch số " + (1 + rng.nextInt(999)) + "/KH-SNV đăng tại [Cổng thông tin điện tử tỉnh]"
                + "(https://www.example.gov.vn/van-ban/" + (1000 + rng.nextInt(90000)) + ").";
    }

    private String table(int year) {
        StringBuilder t = new StringBuilder("| TT | Đơn vị | Kế hoạch " + year + " | Thực hiện |\n|---:|---|---:|---:|");
        List<String> units = sample(UNITS, 3 + rng.nextInt(4));
        for (int i = 0; i < units.size(); i++) {
            int planned = 10 + rng.nextInt(290);
            t.append("\n| ").append(i + 1).append(" | ").append(units.get(i)).append(" | ").append(planned).append(" | ")
                    .append(planned / 2 + rng.nextInt(planned / 2 + 1)).append(" |");
        }
        return t.toString();
    }

    /** At most 70 characters, cut at a dash: with "-n" the file name stays within the build's 100-character slug. */
    private static String shortened(String slug) {
        return slug.length() <= 70 ? slug : slug.substring(0, slug.lastIndexOf('-', 70));
    }

    private <T> T pick(List<T> from) {
        return from.get(rng.nextInt(from.size()));
    }

    /** {@code k} different elements of {@code from}, in the order drawn. */
    private <T> List<T> sample(List<T> from, int k) {
        List<T> pool = new ArrayList<>(from);
        List<T> out = new ArrayList<>();
        for (int i = 0; i < k && !pool.isEmpty(); i++) {
            out.add(pool.remove(rng.nextInt(pool.size())));
        }
        return out;
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * A grey-scale JPEG of {@code width}×{@code height} pixels shading from {@code top} to {@code bottom} (0–255),
     * one shade per row of 8×8 blocks, written by the JDK's encoder.
     */
    static byte[] jpeg(int width, int height, int top, int bottom) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.WritableRaster raster = image.getRaster();
        int rows = height / 8;
        int[] line = new int[width * 8];
        for (int row = 0; row < rows; row++) {
            java.util.Arrays.fill(line, top + (bottom - top) * row / Math.max(1, rows - 1));
            raster.setPixels(0, row * 8, width, 8, line);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
