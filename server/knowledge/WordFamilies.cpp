#include "knowledge/WordFamilies.h"

#include <QHash>

namespace concierge::knowledge {

namespace {

// family term -> its members (French forms, synonyms, English, Wolof words left after TextNormalizer's expansion).
const char *const kFamilies[][2] = {
    {"messe", "messe messes mass masses"},
    {"bapteme", "bapteme baptemes baptiser baptise baptisee baptises baptism baptisms baptize baptized baptised "
                "christening christen batise batiser"},
    {"mariage", "mariage mariages marier marient wedding weddings marriage married marry sey fiance fiancee fiances "
                "fiancees epouser noces"},
    {"catechisme", "catechisme catechese catechismes catechesis"},
    {"inscription", "inscription inscriptions inscrire inscrit inscrite inscrits enrol enroll enrolment enrollment "
                    "enrolled register registration bindal bindu"},
    {"commence", "commence commencer commencent commencement debut debute debuter rentree reprend reprise reprennent "
                 "recommence start starts begin begins beginning tambali demarre"},
    {"secretariat", "secretariat bureau office biro accueil secretary secretaire"},
    {"ouverture", "ouvert ouverte ouverts ouvre ouvrez ouvrent ouverture reouvre rouvre reouverture ferme fermee "
                  "fermes fermeture open opens opening close closes closed closing ubbi"},
    {"confession", "confession confessions confesser confesse confessent confess reconciliation"},
    {"defunt", "defunt defunte defunts defuntes decede decedee decedes deces late deceased ame"},
    {"intention", "intention intentions offrande offrandes offrir"},
    {"document", "document documents papier papiers piece pieces kayit requirement requirements require fournir "
                 "apporter amener bring"},
    {"preparation", "preparation preparer prepare prepares preparing prepa"},
    {"parrain", "parrain marraine parrains marraines godparent godparents godfather godmother"},
    {"enfant", "enfant enfants child children kid kids bebe baby"},
    {"annee", "annee annees year years"},
    {"seance", "seance seances cours class classes session sessions lecon lecons"},
    {"samedi", "samedi samedis saturday saturdays"},
    {"dimanche", "dimanche dimanches sunday sundays dominicale dominicales"},
    {"semaine", "semaine semaines weekday weekdays"},
    {"lundi", "lundi lundis monday mondays"},
    {"mercredi", "mercredi mercredis wednesday wednesdays"},
    {"vendredi", "vendredi vendredis friday fridays"},
    {"matin", "matin matins morning mornings"},
    {"soir", "soir soirs soiree evening evenings"},
};

const QHash<QString, QString> &families()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const auto &family : kFamilies) {
            const QString term = QString::fromLatin1(family[0]);
            for (const QString &member : QString::fromLatin1(family[1]).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                t.insert(member, term);
        }
        return t;
    }();
    return table;
}

} // namespace

QString WordFamilies::familyOf(const QString &token)
{
    return families().value(token);
}

bool WordFamilies::isTimeWord(const QString &token)
{
    static const QHash<QString, bool> words = [] {
        QHash<QString, bool> w;
        for (const char *t : {"quand", "when", "heure", "heures", "horaire", "horaires", "time", "times", "hour",
                              "hours", "schedule", "schedules", "jour", "jours", "day", "days", "waxtu"})
            w.insert(QString::fromLatin1(t), true);
        return w;
    }();
    return words.contains(token);
}

bool WordFamilies::isQualifier(const QString &term)
{
    static const QHash<QString, bool> terms = [] {
        QHash<QString, bool> t;
        for (const char *q : {"lundi",    "mardi",  "mercredi", "jeudi",  "vendredi", "samedi",  "dimanche", "semaine",
                              "matin",    "soir",   "weekend",  "demain", "aujourd",  "hui",     "tomorrow", "today",
                              "commence", "enfant", "fil",      "fille",  "son",      "daughter"})
            t.insert(QString::fromLatin1(q), true);
        return t;
    }();
    return terms.contains(term);
}

} // namespace concierge::knowledge
