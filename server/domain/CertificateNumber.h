#pragma once

#include <QString>

namespace concierge::domain {

// Certificate verification numbers: "CERT-7K4Q-M9XD-3". Eight random symbols (40 bits from the system's secure
// generator) in Crockford's base 32 (no I, L, O, U: nothing to misread on paper), then a check symbol (Luhn mod 32)
// that catches a mistyped or swapped symbol before any lookup.
class CertificateNumber
{
public:
    static QString generate();
    // True for a well-formed number whose check symbol matches; case and spaces are forgiven by normalize().
    static bool isValid(const QString &number);
    // Upper case, surrounding spaces removed; the input unchanged otherwise.
    static QString normalize(const QString &number);
    // The check symbol of a body of base-32 symbols (exposed for tests).
    static QChar checkSymbol(const QString &body);
};

} // namespace concierge::domain
