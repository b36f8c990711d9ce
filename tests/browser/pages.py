"""Every public page type, in both languages: what the browser suite visits."""

PUBLIC_PAGES = {
    "home-lv": "/lv/",
    "home-en": "/en/",
    "content-lv": "/lv/par-mums/",
    "content-en": "/en/about-us/",
    "help-lv": "/lv/palidziba/",
    "help-en": "/en/get-help/",
    "accessibility-statement-lv": "/lv/pieklustamibas-pazinojums/",
    "accessibility-statement-en": "/en/accessibility-statement/",
    "untranslated-fallback-en": "/en/normativie-akti/",
    "not-found-lv": "/lv/nav-tadas-lapas/",
    "not-found-en": "/en/no-such-page/",
}
