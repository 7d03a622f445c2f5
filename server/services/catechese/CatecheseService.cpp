#include "services/catechese/CatecheseService.h"

#include "audit/AuditLog.h"
#include "core/TextNormalizer.h"
#include "domain/PupilStatus.h"
#include "services/ServiceCatalog.h"
#include "services/TextTemplate.h"
#include "services/catechese/CertificateDesk.h"
#include "services/catechese/ChildChoice.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QPointer>

namespace concierge::services {

using store::StudentRecord;

namespace {

const QString kAwaitCode = QStringLiteral("await_code");
const QString kChooseChild = QStringLiteral("choose_child");
const QLatin1String kParentCode("parent_code");
const QLatin1String kRequest("request");
const QLatin1String kChildren("children"); // how many children were listed for the choice

QString requestName(CatecheseService::Request request)
{
    switch (request) {
    case CatecheseService::Request::Record: break;
    case CatecheseService::Request::Attendance: return QStringLiteral("attendance");
    case CatecheseService::Request::Certificate: return QStringLiteral("certificate");
    }
    return QStringLiteral("record");
}

CatecheseService::Request requestFromName(const QString &name)
{
    if (name == QLatin1String("attendance"))
        return CatecheseService::Request::Attendance;
    if (name == QLatin1String("certificate"))
        return CatecheseService::Request::Certificate;
    return CatecheseService::Request::Record;
}

// The registry's status ("inscrit", "terminé", "suspendu") in the reply's language, from the service's texts
// status_enrolled, status_completed and status_suspended; a status of the parish's own is shown as it is written.
QString statusWord(const ServiceConfig &service, const QString &language, const QString &status)
{
    static const QHash<domain::PupilStatus, QString> keys = {
        {domain::PupilStatus::Enrolled, QStringLiteral("status_enrolled")},
        {domain::PupilStatus::Completed, QStringLiteral("status_completed")},
        {domain::PupilStatus::Suspended, QStringLiteral("status_suspended")}};
    const QString key = keys.value(domain::pupilStatusFromName(status));
    const QString word =
        key.isEmpty() ? QString() : service.texts.value(language).toObject().value(key).toString().trimmed();
    return word.isEmpty() ? status : word;
}

QList<QPair<QString, QString>> childValues(const StudentRecord &child, const QString &statusInReply)
{
    return {{QStringLiteral("first_name"), child.firstName},
            {QStringLiteral("last_name"), child.lastName},
            {QStringLiteral("level"), child.level},
            {QStringLiteral("school_year"), child.schoolYear},
            {QStringLiteral("status"), statusInReply},
            {QStringLiteral("attended"), QString::number(child.sessionsAttended)},
            {QStringLiteral("total"), QString::number(child.sessionsTotal)}};
}

} // namespace

// One message being answered by the service.
struct CatecheseService::Turn
{
    std::shared_ptr<ServiceTurn> turn;
    QPointer<QObject> context;
    bool detached = false; // no context was given: nothing can vanish under us
    Done done;
    Request request = Request::Record;
    std::optional<Family> family;

    QString text(const QString &key, const QList<QPair<QString, QString>> &values = {}) const
    {
        return fillTemplate(turn->catalog->text(domain::ServiceId::Catechese, key, turn->language), values);
    }
    QList<QPair<QString, QString>> childValues(const StudentRecord &child) const
    {
        const ServiceConfig service = turn->catalog->config(domain::serviceName(domain::ServiceId::Catechese));
        return concierge::services::childValues(child, statusWord(service, turn->language, child.status));
    }
    QJsonObject state() const { return turn->session.stateOf(domain::ServiceId::Catechese); }
    void setState(const QJsonObject &state) { turn->session.setStateOf(domain::ServiceId::Catechese, state); }
    QString chatId() const { return turn->session.chatId; }
    void finish(const QString &reply)
    {
        if (context || detached)
            done(reply);
    }
};

CatecheseService::CatecheseService(ParishRegistry *registry, store::Database *db, const Clock &clock,
                                   CodeGuardLimits limits)
    : m_registry(registry)
    , m_db(db)
    , m_clock(clock)
    , m_guard(db, clock, limits)
{
}

CatecheseService::~CatecheseService() = default;

QString CatecheseService::description() const
{
    return QStringLiteral("catechism records of a child: enrolment, class, results, attendance, certificates; the "
                          "parent may give a parent code (e.g. SA-4821) and a child's first name.");
}

bool CatecheseService::takesNumber(const domain::Session &session, int number) const
{
    return session.flowService == id() && session.flowStep == kChooseChild && number >= 1 &&
           number <= session.stateOf(id()).value(kChildren).toInt();
}

CatecheseService::Request CatecheseService::requestIn(const QString &text)
{
    static const QStringList certificate = {QStringLiteral("certificat"), QStringLiteral("attestation"),
                                            QStringLiteral("certificate")};
    static const QStringList attendance = {
        QStringLiteral("presence"),   QStringLiteral("absence"), QStringLiteral("absent"), QStringLiteral("seance"),
        QStringLiteral("attendance"), QStringLiteral("assiste"), QStringLiteral("missed")};
    const QString normalized = TextNormalizer::normalize(text);
    const auto mentions = [&normalized](const QStringList &stems) {
        return std::any_of(stems.begin(), stems.end(), [&](const QString &stem) { return normalized.contains(stem); });
    };
    if (mentions(certificate))
        return Request::Certificate;
    if (mentions(attendance))
        return Request::Attendance;
    return Request::Record;
}

void CatecheseService::handle(std::shared_ptr<ServiceTurn> serviceTurn, QObject *context, Done done)
{
    auto turn = std::make_shared<Turn>();
    turn->turn = serviceTurn;
    turn->context = context;
    turn->detached = context == nullptr;
    turn->done = std::move(done);
    const QJsonObject state = turn->state();
    const bool answering = serviceTurn->routing.source == domain::RoutingSource::Flow;
    // A new question says what is wanted; an answer to our question ("SA-4821", "2") keeps what was asked before.
    turn->request = answering && state.contains(kRequest) ? requestFromName(state.value(kRequest).toString())
                                                          : requestIn(serviceTurn->text);
    const QString code = serviceTurn->routing.entities.value(kParentCode).toString();
    const QString verifiedCode = state.value(kParentCode).toString();
    if (!code.isEmpty() && code.compare(verifiedCode, Qt::CaseInsensitive) != 0) {
        checkCode(turn, code);
        return;
    }
    if (!verifiedCode.isEmpty() && m_registry) {
        m_registry->family(verifiedCode, context, [this, turn](Result<std::optional<Family>> family) {
            if (!family || !family.value()) { // the registry changed under us: ask again
                turn->setState({});
                askForCode(turn);
                return;
            }
            turn->family = *family.value();
            serveFamily(turn);
        });
        return;
    }
    askForCode(turn);
}

void CatecheseService::askForCode(const std::shared_ptr<Turn> &turn)
{
    domain::Session &session = turn->turn->session;
    const bool answering = turn->turn->routing.source == domain::RoutingSource::Flow && session.flowStep == kAwaitCode;
    if (answering && session.flowAttempts >= kMaxRetries) {
        session.endFlow();
        session.awaitingMenu = true;
        turn->setState({});
        turn->finish(
            turn->text(QStringLiteral("code_missing")) + QStringLiteral("\n\n") +
            turn->turn->catalog->text(ServiceCatalog::systemName(), QStringLiteral("menu"), turn->turn->language));
        return;
    }
    session.startFlow(id(), kAwaitCode, answering ? session.flowAttempts + 1 : 0);
    turn->setState({{kRequest, requestName(turn->request)}});
    turn->finish(turn->text(QStringLiteral("holding")));
}

void CatecheseService::checkCode(const std::shared_ptr<Turn> &turn, const QString &code)
{
    if (!m_registry || !m_db) {
        turn->turn->session.endFlow();
        turn->finish(turn->text(QStringLiteral("codes_paused")));
        return;
    }
    m_guard.admit(turn->chatId(), turn->context, [this, turn, code](CodeGuard::Admission admission) {
        if (admission.verdict == CodeGuard::Verdict::EveryoneLocked) {
            turn->turn->session.endFlow();
            turn->finish(turn->text(QStringLiteral("codes_paused")));
            return;
        }
        if (admission.verdict == CodeGuard::Verdict::ChatLocked) {
            turn->turn->session.endFlow();
            const QString until =
                QDateTime::fromMSecsSinceEpoch(admission.lockedUntilMs).toString(QStringLiteral("HH:mm"));
            turn->finish(turn->text(QStringLiteral("code_locked"), {{QStringLiteral("time"), until}}));
            return;
        }
        m_registry->family(code, turn->context, [this, turn, code](Result<std::optional<Family>> family) {
            if (family && family.value())
                verified(turn, *family.value());
            else
                wrongCode(turn, code);
        });
    });
}

void CatecheseService::verified(const std::shared_ptr<Turn> &turn, const Family &family)
{
    m_guard.recordRight(turn->chatId());
    audit(turn->chatId(), audit::AuditAction::CodeChecked, {{kParentCode, family.parent.parentCode}});
    turn->family = family;
    turn->setState({{kParentCode, family.parent.parentCode}, {kRequest, requestName(turn->request)}});
    turn->turn->session.endFlow();
    serveFamily(turn);
}

void CatecheseService::wrongCode(const std::shared_ptr<Turn> &turn, const QString &code)
{
    m_guard.recordWrong(turn->chatId(), turn->context, [this, turn, code](CodeGuard::Failure failure) {
        audit(turn->chatId(), failure.lockedOut ? audit::AuditAction::Lockout : audit::AuditAction::CodeWrong,
              {{QStringLiteral("code"), code}});
        domain::Session &session = turn->turn->session;
        if (failure.lockedOut) {
            session.endFlow();
            const qint64 until = m_clock.nowMs() + m_guard.limits().lockoutMs;
            if (m_lockoutNotifier)
                m_lockoutNotifier(turn->chatId(), until);
            turn->finish(turn->text(
                QStringLiteral("code_locked"),
                {{QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(until).toString(QStringLiteral("HH:mm"))}}));
            return;
        }
        session.startFlow(id(), kAwaitCode, 0);
        turn->setState({{kRequest, requestName(turn->request)}});
        turn->finish(turn->text(QStringLiteral("code_wrong"),
                                {{QStringLiteral("attempts"), QString::number(failure.attemptsLeft)}}));
    });
}

void CatecheseService::serveFamily(const std::shared_ptr<Turn> &turn)
{
    const QList<StudentRecord> &children = turn->family->children;
    domain::Session &session = turn->turn->session;
    if (children.isEmpty()) {
        session.endFlow();
        turn->finish(turn->text(QStringLiteral("no_children")));
        return;
    }
    const bool choosing = session.flowService == id() && session.flowStep == kChooseChild;
    const std::optional<qsizetype> chosen =
        children.size() == 1 ? std::optional<qsizetype>(0) : ChildChoice::find(turn->turn->text, children, choosing);
    if (chosen) {
        session.endFlow();
        answerFor(turn, children.at(*chosen));
        return;
    }
    if (choosing && session.flowAttempts >= kMaxRetries) {
        session.endFlow();
        session.awaitingMenu = true;
        turn->finish(
            turn->text(QStringLiteral("child_unknown")) + QStringLiteral("\n\n") +
            turn->turn->catalog->text(ServiceCatalog::systemName(), QStringLiteral("menu"), turn->turn->language));
        return;
    }
    session.startFlow(id(), kChooseChild, choosing ? session.flowAttempts + 1 : 0);
    QJsonObject state = turn->state();
    state.insert(kRequest, requestName(turn->request));
    state.insert(kChildren, int(children.size()));
    turn->setState(state);
    turn->finish(
        turn->text(QStringLiteral("choose_child"), {{QStringLiteral("children"), ChildChoice::list(children)}}));
}

void CatecheseService::answerFor(const std::shared_ptr<Turn> &turn, const StudentRecord &child)
{
    if (turn->request == Request::Certificate) {
        deliverCertificate(turn, child);
        return;
    }
    const bool attendance = turn->request == Request::Attendance;
    audit(turn->chatId(), audit::AuditAction::Disclosure,
          {{QStringLiteral("student_id"), child.studentId},
           {QStringLiteral("shown"), attendance ? QStringLiteral("attendance") : QStringLiteral("record")}});
    turn->finish(
        turn->text(attendance ? QStringLiteral("attendance") : QStringLiteral("record"), turn->childValues(child)));
}

void CatecheseService::deliverCertificate(const std::shared_ptr<Turn> &turn, const StudentRecord &child)
{
    const QStringList allowed = turn->turn->catalog->config(domain::serviceName(id()))
                                    .settings.value(QLatin1String("certificate_statuses"))
                                    .toVariant()
                                    .toStringList();
    if (!allowed.contains(child.status, Qt::CaseInsensitive)) {
        audit(turn->chatId(), audit::AuditAction::CertificateRefused,
              {{QStringLiteral("student_id"), child.studentId}, {QStringLiteral("status"), child.status}});
        turn->finish(turn->text(QStringLiteral("certificate_refused"), turn->childValues(child)));
        return;
    }
    if (!m_certificates) {
        audit(turn->chatId(), audit::AuditAction::CertificateRequested,
              {{QStringLiteral("student_id"), child.studentId}});
        turn->finish(turn->text(QStringLiteral("certificate_requested"), turn->childValues(child)));
        return;
    }
    m_certificates->deliver({turn->chatId(), turn->family->parent, child, turn->turn->language}, turn->context,
                            [turn, child](CertificateDesk::Outcome outcome) {
                                QList<QPair<QString, QString>> values = turn->childValues(child);
                                values.append({QStringLiteral("number"), outcome.number});
                                values.append({QStringLiteral("link"), outcome.link});
                                turn->finish(turn->text(outcome.textKey, values));
                            });
}

void CatecheseService::audit(const QString &chatId, audit::AuditAction action, const QJsonObject &detail) const
{
    if (m_audit)
        m_audit->append({QStringLiteral("bot"), chatId, action,
                         QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
}

} // namespace concierge::services
