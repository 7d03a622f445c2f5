#include "ai/LanguageDetector.h"

#include "core/TextNormalizer.h"

#include <QSet>

namespace concierge::ai {

namespace {

// Frequent words only: short messages carry few of them, so each hit counts.
const QSet<QString> &frenchWords()
{
    static const QSet<QString> words = TextNormalizer::wordSet(
        "je j me moi tu vous nous il elle le la les l de d du des un une mon ma mes ton ta votre vos est c ce "
        "cette pour avec dans sur au aux et ou mais pas ne n qui que qu quoi quel quelle quels quelles comment "
        "combien pourquoi quand bonjour bonsoir salut merci oui non svp stp slt bjr pr kel cmt qd pk jveu jve "
        "veux voudrais voudrai suis ai a parler messe heure heures fils fille enfant eglise paroisse secretariat "
        "se veut peut y pretre inscrit inscription catechisme catechese attestation certificat papiers documents "
        "bapteme mariage "
        "appelez rappelez moi s plait il faut quelqu un personne horaires ouvert adresse ca va");
    return words;
}

const QSet<QString> &englishWords()
{
    static const QSet<QString> words = TextNormalizer::wordSet(
        "i im the is are am was what when where how why who which my your our to of in on for can could would "
        "please hello hi hey thanks thank you need want time times mass son daughter child children talk speak "
        "office open much does do church certificate with someone somebody person me have has this that year "
        "it an and or not get call back good morning evening afternoon there any much many record priest");
    return words;
}

const QSet<QString> &wolofWords()
{
    static const QSet<QString> words = TextNormalizer::wordSet(
        "salamalekum salamaleikum salamalekoum salamaleykoum salamalaykoum salam aleykoum alaykoum malekum "
        "maleykoum nanga nangadef def jamm jam nga mangi maangi fi jerejef jerejeff jerrejef jerejefati naka "
        "waaw deedeet ndax dama begg xam lan yaw maa ngi dem rekk degg baal wax ak sama yow yangi salaam aleekum "
        "waalekum asalaa maalekum fanaan beneen yoon misa waxtu ubbi biro bindal bindu naata fay kayit batise sey "
        "doom tambali dibeer gaawu tey ngoon wootal woote kenn nit yonnee nakk fan ban nekk bi yi mu dafa dee "
        "feebar opital gaaw gaawal neexee lanuy lay laa kan ngeen kanam xale samay takk tej bes laaj jox indi xam "
        "leegi baay yaay nelaw mooy lanu war new jigeen goor ren waay bari lool soxla begguma bugguma duma");
    return words;
}

} // namespace

LanguageDetector::Detection LanguageDetector::detect(const QString &text)
{
    return detectTokens(TextNormalizer::normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts));
}

LanguageDetector::Detection LanguageDetector::detectTokens(const QStringList &tokens)
{
    int fr = 0;
    int en = 0;
    int wo = 0;
    for (const QString &t : tokens) {
        fr += frenchWords().contains(t) ? 1 : 0;
        en += englishWords().contains(t) ? 1 : 0;
        // "beug", "wakhtou", "niata": Wolof in its French-style spellings counts as Wolof too.
        wo += wolofWords().contains(t) || wolofWords().contains(TextNormalizer::wolofSpelling(t)) ? 1 : 0;
    }
    Detection d;
    const int total = fr + en + wo;
    if (total == 0)
        return d;
    // Wolof only when it outweighs the rest ("jamm nga am": "am" is not English here).
    if (wo > fr + en) {
        d.language = QStringLiteral("wo");
        d.confidence = std::min(1.0, 0.6 + 0.1 * wo);
        return d;
    }
    // The request decides, not the greeting: Wolof words count only when nothing else is there.
    const int best = std::max(fr, en);
    d.language = en > fr ? QStringLiteral("en") : QStringLiteral("fr");
    d.confidence =
        std::clamp(0.4 + 0.6 * double(best - std::min(fr, en)) / double(fr + en) * std::min(1.0, best / 3.0), 0.3, 1.0);
    return d;
}

} // namespace concierge::ai
