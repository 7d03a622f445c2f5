# How parents in Dakar write: Wolof spellings, refusals, farewells, menu words, FAQ word families (issue 13).
concierge_add_test(TestParishLanguage SOURCES unit/ai/TestParishLanguage.cpp
    LIBS concierge_services concierge_knowledge LABELS unit)
