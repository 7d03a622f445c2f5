#pragma once

#include <QString>

namespace concierge::knowledge {

// The parish's vocabulary in word families: the forms of a word ("confesser", "confesse", "confession"), its
// synonyms ("bureau", "secrétariat", "office") and its English and Wolof words ("wedding", "sëy" for "mariage") share
// one term, so that a question meets a row written with another form or in the other language. Tokens as
// TextNormalizer::tokens() gives them (lower case, no accents, SMS and Wolof spellings already expanded).
class WordFamilies
{
public:
    // The family's term for a token ("baptism" -> "bapteme"), or an empty string when the token has none.
    static QString familyOf(const QString &token);
    // Words that only say what kind of answer is wanted ("quand", "heure", "when", "time"): they give the concept
    // term "time" and are not a subject themselves, so "à quelle heure" does not favour the Mass times row.
    static bool isTimeWord(const QString &token);
    // Family terms that narrow a question without being its subject: days and times of day ("samedi", "soir"), a
    // start ("commence": of the catechism year, but also of a Mass or of wedding plans) and who it is for ("enfant").
    // A row's keyword "samedi" must not outweigh the "messe" a question is about.
    static bool isQualifier(const QString &term);
};

} // namespace concierge::knowledge
