#pragma once

#include "core/Clock.h"
#include "services/Service.h"
#include "services/catechese/CodeGuard.h"
#include "services/catechese/ParishRegistry.h"

namespace concierge::audit {
class AuditLog;
enum class AuditAction;
} // namespace concierge::audit
namespace concierge::store {
class Database;
}

namespace concierge::services {

class CertificateDesk;

// CATECHESE: a parent proves who they are with their parent code, then sees their own children only (level, school
// year, status, attendance) and may ask for a certificate. The code is asked for (or taken from the first message),
// checked against the registry with a lockout after too many wrong codes, and remembered for the session. With several
// children, the parent picks one by number or first name. Every disclosure, wrong code and lockout is audited.
class CatecheseService final : public Service
{
public:
    // What the parent asked for, kept while the code or the child is being asked.
    enum class Request { Record, Attendance, Certificate };

    // Without a registry and a database (routing tests, benchmarks) the service asks for codes but checks none.
    explicit CatecheseService(ParishRegistry *registry = nullptr, store::Database *db = nullptr,
                              const Clock &clock = Clock::system(), CodeGuardLimits limits = {});
    ~CatecheseService() override;

    domain::ServiceId id() const override { return domain::ServiceId::Catechese; }
    QString description() const override;
    bool waitsForAnswer() const override { return true; }
    bool takesNumber(const domain::Session &session, int number) const override;
    QStringList decisiveEntities() const override { return {QStringLiteral("parent_code")}; }
    void handle(std::shared_ptr<ServiceTurn> turn, QObject *context, Done done) override;

    // Delivers certificates (PDF by WhatsApp, a link, or the secretariat); without one, the secretariat is asked.
    void setCertificateDesk(CertificateDesk *desk) { m_certificates = desk; }
    // Where wrong codes, lockouts and every disclosure of a child's data are recorded.
    void setAuditLog(const audit::AuditLog *audit) { m_audit = audit; }
    // Told when a chat is locked out of code checks (the consoles show it), with the end of the lockout.
    void setLockoutNotifier(std::function<void(const QString &chatId, qint64 untilMs)> notify)
    {
        m_lockoutNotifier = std::move(notify);
    }

    static constexpr int kMaxRetries = 2; // answers without a code (or a child) before the menu is shown again
    static Request requestIn(const QString &text);

private:
    struct Turn;
    void askForCode(const std::shared_ptr<Turn> &turn);
    void checkCode(const std::shared_ptr<Turn> &turn, const QString &code);
    void verified(const std::shared_ptr<Turn> &turn, const Family &family);
    void wrongCode(const std::shared_ptr<Turn> &turn, const QString &code);
    void serveFamily(const std::shared_ptr<Turn> &turn);
    void answerFor(const std::shared_ptr<Turn> &turn, const store::StudentRecord &child);
    void deliverCertificate(const std::shared_ptr<Turn> &turn, const store::StudentRecord &child);
    void audit(const QString &chatId, audit::AuditAction action, const QJsonObject &detail) const;

    ParishRegistry *m_registry;
    store::Database *m_db;
    const Clock &m_clock;
    CodeGuard m_guard;
    CertificateDesk *m_certificates = nullptr;
    const audit::AuditLog *m_audit = nullptr;
    std::function<void(const QString &, qint64)> m_lockoutNotifier;
};

} // namespace concierge::services
