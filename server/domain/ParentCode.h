#pragma once

#include <QString>

namespace concierge::domain {

// Parent codes as parents type them: "sa 4821", "SA-4821", "sa4821" and " Sa_4821 " are one code, "SA-4821" (the
// registry's spelling: letters, a hyphen, digits).
class ParentCode
{
public:
    // The canonical spelling, or an empty string when `text` holds no plausible code (no letter or no digit).
    static QString normalize(const QString &text);
    // The first code found in a sentence ("mon code est sa 4821 merci"), normalized; empty when there is none.
    static QString findIn(const QString &text);
};

} // namespace concierge::domain
