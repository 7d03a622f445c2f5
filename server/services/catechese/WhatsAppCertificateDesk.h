#pragma once

#include "core/Clock.h"
#include "services/catechese/CertificateDesk.h"

namespace concierge::integrations {
class WahaClient;
}
namespace concierge::store {
class Database;
}

namespace concierge::services {

namespace catechese {
class CertificateService;
}

// Gets a certificate to the parent: issued and recorded, then sent as a PDF through WhatsApp; WAHA Core cannot send
// files (422), so then a signed download link when PUBLIC_BASE_URL is set, else a follow-up for the secretariat,
// who sends it by hand. The parent is told which of the three happened.
class WhatsAppCertificateDesk final : public CertificateDesk
{
public:
    struct Dependencies
    {
        const catechese::CertificateService *certificates = nullptr;
        integrations::WahaClient *waha = nullptr;
        store::Database *db = nullptr;
        const Clock *clock = &Clock::system();
    };

    explicit WhatsAppCertificateDesk(Dependencies deps)
        : m_deps(deps)
    {
    }
    void deliver(const Request &request, QObject *context, std::function<void(Outcome)> done) override;

private:
    void fallBack(const Request &request, const QString &number, std::function<void(Outcome)> done) const;

    Dependencies m_deps;
};

} // namespace concierge::services
