#include "services/catechese/WhatsAppCertificateDesk.h"

#include "core/Log.h"
#include "integrations/WahaClient.h"
#include "services/catechese/CertificateService.h"
#include "store/Database.h"
#include "store/FollowupRepository.h"

#include <QPointer>

namespace concierge::services {

void WhatsAppCertificateDesk::deliver(const Request &request, QObject *context, std::function<void(Outcome)> done)
{
    QPointer<QObject> guard(context);
    m_deps.certificates->issueFor(
        request.pupil, request.chatId, QStringLiteral("bot"), context,
        [this, request, guard, done](Result<catechese::IssuedCertificate> issued) {
            if (!issued) {
                qCWarning(lcAssistant) << "certificate not issued:" << issued.error().message;
                fallBack(request, {}, done);
                return;
            }
            const catechese::IssuedCertificate certificate = issued.value();
            const QString number = certificate.certificate.number;
            m_deps.waha->sendFile(
                request.chatId, certificate.fileName, QStringLiteral("application/pdf"), certificate.pdf, guard,
                [this, request, number, done](const integrations::WahaResult &sent) {
                    if (sent.ok) {
                        done({QStringLiteral("certificate_sent"), number, {}});
                        return;
                    }
                    qCInfo(lcAssistant) << "certificate" << number << "not sent as a file:" << sent.error;
                    fallBack(request, number, done);
                });
        });
}

void WhatsAppCertificateDesk::fallBack(const Request &request, const QString &number,
                                       std::function<void(Outcome)> done) const
{
    const QString link = number.isEmpty() ? QString() : m_deps.certificates->downloadLink(number);
    if (!link.isEmpty()) {
        done({QStringLiteral("certificate_link"), number, link});
        return;
    }
    // The secretariat sends it: a follow-up that stays open in the console until done.
    store::FollowupRow followup;
    followup.chatId = request.chatId;
    followup.reason = number.isEmpty()
                          ? QStringLiteral("Attestation de catéchèse à préparer pour %1").arg(request.pupil.firstName)
                          : QStringLiteral("Attestation n° %1 (%2) à envoyer").arg(number, request.pupil.firstName);
    followup.createdAtMs = followup.dueAtMs = m_deps.clock->nowMs();
    m_deps.db->run<qint64>(
        [followup](store::DbContext &ctx) mutable { return store::FollowupRepository::create(ctx, followup); }, nullptr,
        [](Result<qint64>) {});
    done({number.isEmpty() ? QStringLiteral("certificate_requested") : QStringLiteral("certificate_queued"),
          number,
          {}});
}

} // namespace concierge::services
