"""Wagtail's Elasticsearch 8 search backend, with each language analysed as that language.

Selected by ``SEARCH_BACKEND=elasticsearch8`` (website/settings/scale_out.py). Wagtail indexes a
translated field such as ``title`` once, in whatever language is active while indexing. Here every
translated search field is also indexed per language: ``title_lv`` with Elasticsearch's built-in
``latvian`` analyzer (Lucene's light Latvian stemmer), ``title_en`` with ``english``; both are
copied into the catch-all ``_all_text`` as Wagtail's own fields are, and can be searched alone
with ``fields=["title_lv"]``.

OpenSearch is not offered: its Python client (opensearch-py) depends on the PyPI package
``Events``, whose top-level module ``events`` is shadowed by this project's ``events`` app, so the
client cannot be imported here.
"""

from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping, Elasticsearch8SearchBackend
from modelsearch.index import SearchField
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname

ANALYZERS = {"lv": "latvian", "en": "english"}


def translated_field_names(model):
    try:
        return set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        return set()


class LanguageAnalysedMappingMixin:
    def language_fields(self):
        """``(SearchField, language)`` for the per-language copy of each translated search field."""
        translated = translated_field_names(self.model)
        fields = []
        for field in self.model.get_search_fields():
            if isinstance(field, SearchField) and field.field_name in translated:
                for language in ANALYZERS:
                    fields.append(
                        (
                            SearchField(
                                build_localized_fieldname(field.field_name, language), boost=field.boost
                            ),
                            language,
                        )
                    )
        return fields

    def get_mapping(self):
        mapping = super().get_mapping()
        properties = mapping["properties"]
        for field, language in self.language_fields():
            copy_to = ["_all_text"]
            if field.boost and self.get_boost_field_name(field.boost) in properties:
                copy_to.append(self.get_boost_field_name(field.boost))
            properties[self.get_field_column_name(field)] = {
                "type": "text",
                "analyzer": ANALYZERS[language],
                "copy_to": copy_to,
            }
        return mapping

    def get_document(self, obj):
        document = super().get_document(obj)
        for field, _language in self.language_fields():
            model_field = obj._meta.get_field(field.field_name)
            value = getattr(obj, field.field_name, None)
            if value in (None, ""):
                continue
            if hasattr(model_field, "get_searchable_content"):
                value = " ".join(str(text) for text in model_field.get_searchable_content(value))
            document[self.get_field_column_name(field)] = str(value)
        return document


class LanguageAnalysedElasticsearch8Mapping(LanguageAnalysedMappingMixin, Elasticsearch8Mapping):
    pass


class LanguageAnalysedElasticsearch8SearchBackend(Elasticsearch8SearchBackend):
    mapping_class = LanguageAnalysedElasticsearch8Mapping


SearchBackend = LanguageAnalysedElasticsearch8SearchBackend
