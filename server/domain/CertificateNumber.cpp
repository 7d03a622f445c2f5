#include "domain/CertificateNumber.h"

#include <QRandomGenerator>

namespace concierge::domain {

namespace {

const QString kAlphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
const QString kPrefix = QStringLiteral("CERT-");
constexpr int kBase = 32;
constexpr int kGroup = 4;

// "CERT-7K4Q-M9XD-3" -> "7K4QM9XD" (the body), or empty when the shape is wrong.
QString bodyOf(const QString &number)
{
    if (!number.startsWith(kPrefix) || number.size() != kPrefix.size() + 2 * kGroup + 3)
        return {};
    const QString rest = number.mid(kPrefix.size());
    if (rest.at(kGroup) != u'-' || rest.at(2 * kGroup + 1) != u'-')
        return {};
    return rest.left(kGroup) + rest.mid(kGroup + 1, kGroup);
}

} // namespace

QChar CertificateNumber::checkSymbol(const QString &body)
{
    // Luhn mod N, from the right: every second symbol doubled, digits of the double summed in base N.
    int sum = 0;
    bool twice = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i) {
        int value = int(kAlphabet.indexOf(body.at(i)));
        if (value < 0)
            return {};
        if (twice) {
            value *= 2;
            value = value / kBase + value % kBase;
        }
        sum += value;
        twice = !twice;
    }
    return kAlphabet.at((kBase - sum % kBase) % kBase);
}

QString CertificateNumber::generate()
{
    QString body;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < 2 * kGroup; ++i)
        body.append(kAlphabet.at(int(random->bounded(kBase))));
    return kPrefix + body.left(kGroup) + u'-' + body.mid(kGroup) + u'-' + checkSymbol(body);
}

QString CertificateNumber::normalize(const QString &number)
{
    return number.trimmed().toUpper();
}

bool CertificateNumber::isValid(const QString &number)
{
    const QString body = bodyOf(number);
    if (body.isEmpty())
        return false;
    const QChar check = checkSymbol(body);
    return !check.isNull() && check == number.back();
}

} // namespace concierge::domain
