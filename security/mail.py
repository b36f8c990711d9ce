"""E-mail that never fails silently: every failure is logged as an error."""

import logging

from django.core.mail.backends.smtp import EmailBackend

logger = logging.getLogger("security.mail")


class LoggingSMTPBackend(EmailBackend):
    """Django's SMTP backend; a message that cannot be sent is logged at ERROR level.

    Callers that pass ``fail_silently=True`` (Wagtail's moderation notices, Django's password
    reset) then still leave a trace for the people who run the site. The logger does not
    propagate to the error e-mails, which would fail the same way.
    """

    def open(self):
        try:
            return super().open()
        except Exception:
            logger.error("Could not connect to the mail server %s:%s", self.host, self.port, exc_info=True)
            raise

    def send_messages(self, email_messages):
        try:
            sent = super().send_messages(email_messages)
        except Exception:
            logger.error("Could not send %d e-mail message(s)", len(email_messages or []), exc_info=True)
            raise
        if email_messages and (sent or 0) < len(email_messages):
            logger.error(
                "Only %d of %d e-mail message(s) could be sent (mail server %s:%s)",
                sent or 0,
                len(email_messages),
                self.host,
                self.port,
            )
        return sent
