"""Logging helpers."""

import logging


class WarningWithoutTraceback(logging.Filter):
    """Logs a record at WARNING level with its message only (no traceback)."""

    def filter(self, record):
        if record.levelno > logging.WARNING:
            record.levelno = logging.WARNING
            record.levelname = logging.getLevelName(logging.WARNING)
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return True
