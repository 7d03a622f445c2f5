#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace concierge {

// Turns what parents type on WhatsApp ("Slt, c koi les horaires d'la messe ?") into comparable tokens:
// lower case, no accents, no punctuation, SMS spellings expanded. Pure functions, thread-safe.
class TextNormalizer
{
public:
    // "L'Église, à 9h !" -> "l eglise a 9h": lower case, accents stripped, every non letter/digit a space.
    static QString normalize(const QString &text);
    // "é" -> "e", "Ç" -> "C" (canonical decomposition, combining marks dropped); also folds œ/æ/ß. Linear time.
    static QString stripAccents(const QString &text);
    // normalize() split on spaces, SMS spellings expanded ("stp" -> "s", "il", "te", "plait").
    static QStringList tokens(const QString &text);
    // The expansion of one normalized token, or the token itself.
    static QStringList expandSms(const QString &token);
    // A Wolof word written another usual way ("beug", "wakhtou", "niata", "dom", "kagn") in the spelling the word
    // lists use ("begg", "waxtu", "naata", "doom", "kan"); any other token as it is. tokens() applies it.
    static QString wolofSpelling(const QString &token);

    // Frequent French and English function words ("le", "de", "the", "mais", "what"): they carry no topic, so
    // search drops them and fuzzy matching never bends them into a keyword ("mais" is not "mass").
    static bool isStopWord(const QString &normalizedToken);

    // Damerau-Levenshtein (optimal string alignment) distance; returns maxDistance + 1 as soon as it is exceeded.
    static int editDistance(QStringView a, QStringView b, int maxDistance = 2);
    // Typos tolerated for a word of this length: 0 below 4 letters, 1 up to 7, 2 from 8.
    static int allowedEdits(qsizetype length);
    // Same word give or take a typo (allowance taken from the shorter word).
    static bool fuzzyEquals(QStringView a, QStringView b);
    // "a b c" -> {a, b, c}: the word lists of the routers are written as one string.
    static QSet<QString> wordSet(const char *spaceSeparatedWords)
    {
        QSet<QString> set;
        for (const QString &w : QString::fromLatin1(spaceSeparatedWords).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }
};

} // namespace concierge
