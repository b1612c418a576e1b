package vn.gov.noivu.bantin.photos;

import vn.gov.noivu.bantin.base.Message;

/** A picture that cannot be published, and why: the message and hint an editor reads at each place it is used. */
final class Refused extends Exception {
    final transient Message message;
    final transient Message hint;

    Refused(Message message, Message hint) {
        super(message.key(), null, false, false);
        this.message = message;
        this.hint = hint;
    }
}
