#pragma once

#include <QString>
#include <QStringList>

namespace concierge::ai {

// Guesses the language of a short WhatsApp message: "fr", "en" or "wo" (Wolof, recognised by its greetings and
// common words). French is the default. A Wolof greeting followed by a French request is French: the reply must
// be understood.
class LanguageDetector
{
public:
    struct Detection
    {
        QString language = QStringLiteral("fr");
        double confidence = 0.3; // 0..1
    };

    static Detection detect(const QString &text);
    // Same, from tokens already normalized by TextNormalizer::normalize (not SMS-expanded).
    static Detection detectTokens(const QStringList &normalizedTokens);
};

} // namespace concierge::ai
