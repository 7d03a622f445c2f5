#pragma once

#include <QString>

namespace concierge::domain {

// A routing keyword or phrase with its weight. Stored as text "phrase^weight" ("parler a un pretre^3"); a
// trailing '*' makes the last word a prefix ("inscri*" matches inscrit, inscription). Shared by the service
// catalog (which stores them) and the offline router (which scores them).
struct WeightedKeyword
{
    QString phrase;
    double weight = 1.0;

    static WeightedKeyword parse(const QString &text);
    QString toString() const;
};

} // namespace concierge::domain
