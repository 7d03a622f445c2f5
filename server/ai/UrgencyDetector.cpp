#include "ai/UrgencyDetector.h"

#include "core/TextNormalizer.h"

#include <QSet>

namespace concierge::ai {

namespace {

using Words = QSet<QString>;

bool any(const QStringList &tokens, const Words &words)
{
    for (const QString &t : tokens) {
        if (words.contains(t))
            return true;
    }
    return false;
}

// "passed away", "mu ngi dem" (is leaving us), "au plus mal": runs of consecutive tokens, each written as one
// string ("passed away"). Linear in the message: each start is compared with a handful of short runs.
using Runs = QList<QStringList>;

Runs runs(std::initializer_list<const char *> texts)
{
    Runs out;
    for (const char *t : texts)
        out.append(QString::fromLatin1(t).split(QLatin1Char(' ')));
    return out;
}

bool anyRun(const QStringList &tokens, const Runs &list)
{
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (const QStringList &run : list) {
            qsizetype j = 0;
            while (j < run.size() && i + j < tokens.size() && tokens.at(i + j) == run.at(j))
                ++j;
            if (j == run.size())
                return true;
        }
    }
    return false;
}

// Someone is dying or asks for the sacrament of the sick: urgent whatever else the message says.
bool endOfLife(const QStringList &tokens)
{
    static const Words words = TextNormalizer::wordSet(
        "mourant mourante mourir meurt agonie agonise agonisant onction extreme dying anointing");
    static const Runs phrases =
        runs({"derniers sacrements", "last rites", "ngi dem", "au plus mal", "fin de vie", "derniers instants",
              "dernier souffle", "sur son lit de mort", "critical condition", "deathbed"});
    return any(tokens, words) || anyRun(tokens, phrases);
}

// A death, unless the message is about a Mass for someone who died long ago.
bool death(const QStringList &tokens)
{
    static const Words words =
        TextNormalizer::wordSet("deces decede decedee decedes deceder mort morte died dead death");
    static const Words massIntention =
        TextNormalizer::wordSet("messe messes mass intention intentions anniversaire requiem offrir offrande ago");
    // A death long ago; "last night" or "cette nuit" is not one.
    static const Runs longAgo = runs({"an dernier", "annee derniere", "annee passee", "last year", "year ago",
                                      "years ago", "mois dernier", "last month", "il y a un an", "il y a 1 an"});
    static const Words losses = TextNormalizer::wordSet(
        "bebe enfant fils fille mari femme epouse epoux pere mere papa maman baby child son daughter husband wife");
    // Wolof "dee" (to die) is the token "deces" (TextNormalizer), but "dafa dé" loses its accent to "de"; "vient de
    // nous quitter", "nous a quittés": a death told gently.
    static const Runs phrases = runs({"dafa de", "ku de", "passed away", "nous quitter", "nous a quitte",
                                      "nous a quittes", "nous a quittee", "rendu l ame"});
    const bool lost = (tokens.contains(QLatin1String("perdre")) || tokens.contains(QLatin1String("perdu")) ||
                       tokens.contains(QLatin1String("lost"))) &&
                      any(tokens, losses);
    return (any(tokens, words) || anyRun(tokens, phrases) || lost) && !any(tokens, massIntention) &&
           !anyRun(tokens, longAgo);
}

bool sickAskingForPriest(const QStringList &tokens)
{
    static const Words sick =
        TextNormalizer::wordSet("hopital hospital hospitalise hospitalisee reanimation malade sick ill accident");
    static const Words priest = TextNormalizer::wordSet(
        "pretre pretres pere abbe cure priest father sacrement sacrements communion visite visit benir");
    return any(tokens, sick) && any(tokens, priest);
}

bool funeral(const QStringList &tokens)
{
    static const Words words =
        TextNormalizer::wordSet("obseques enterrement enterrer funerailles inhumation funeral burial");
    return any(tokens, words);
}

// "Urgent" alone may be about a certificate; with a priest, a sick person or a death it is pastoral.
bool emergency(const QStringList &tokens)
{
    static const Words urgent = TextNormalizer::wordSet("urgent urgente urgence urgences urgemment emergency urgently");
    static const Words pastoral = TextNormalizer::wordSet(
        "pretre pere abbe cure priest malade sick hopital hospital deces mort dying accident grave aidez help");
    return any(tokens, urgent) && any(tokens, pastoral);
}

} // namespace

QString UrgencyDetector::reason(const QStringList &tokens)
{
    if (endOfLife(tokens))
        return QStringLiteral("fin_de_vie");
    if (death(tokens))
        return QStringLiteral("deces");
    if (funeral(tokens))
        return QStringLiteral("obseques");
    if (sickAskingForPriest(tokens))
        return QStringLiteral("malade_hopital");
    if (emergency(tokens))
        return QStringLiteral("urgence");
    return {};
}

} // namespace concierge::ai
