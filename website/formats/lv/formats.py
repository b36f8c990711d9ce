# Latvian formats as the portal shows them: dates as dd.mm.yyyy under titles, calendar captions
# as "Septembris, 2023" (capitalised with |capfirst in templates).
from django.conf.locale.lv.formats import *  # noqa: F403

DATE_FORMAT = "d.m.Y"
SHORT_DATE_FORMAT = "d.m.Y"
DATETIME_FORMAT = "d.m.Y H:i"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
YEAR_MONTH_FORMAT = "F, Y"
MONTH_DAY_FORMAT = "j. F"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1
