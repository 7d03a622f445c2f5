#include "domain/WeightedKeyword.h"

namespace concierge::domain {

WeightedKeyword WeightedKeyword::parse(const QString &text)
{
    WeightedKeyword k;
    k.phrase = text.trimmed();
    const qsizetype caret = k.phrase.lastIndexOf(QLatin1Char('^'));
    if (caret > 0) {
        bool ok = false;
        const double w = k.phrase.mid(caret + 1).toDouble(&ok);
        if (ok) {
            k.weight = w;
            k.phrase = k.phrase.left(caret).trimmed();
        }
    }
    return k;
}

QString WeightedKeyword::toString() const
{
    return weight == 1.0 ? phrase : phrase + QLatin1Char('^') + QString::number(weight);
}

} // namespace concierge::domain
