#pragma once

#include "support/FakeHttpServer.h"

#include <QObject>
#include <QString>
#include <QStringList>

namespace concierge::testing {

// WAHA core (external-apis.md §1.7-1.8) as our server sees it: X-Api-Key checked on every /api call, the sending
// endpoints with their 201 answers, the 422 "session not WORKING" answer, sessions, and scripted failures.
class FakeWaha final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeWaha)

public:
    enum class Engine { Noweb, Gows, Webjs }; // shapes the sendText answer

    struct SentText
    {
        QString chatId;
        QString text;
        QString messageId; // the short id handed out ("3EB0...")
        QString replyTo;
    };
    struct SentFile
    {
        QString chatId;
        QString fileName;
        QString mimeType;
        QByteArray bytes; // decoded from the base64 "data"
        QString caption;
    };
    struct SeenCall
    {
        QString chatId;
        QStringList messageIds;
    };

    explicit FakeWaha(QString apiKey = QStringLiteral("test-waha-key"), QObject *parent = nullptr);

    bool start();
    QString baseUrl() const { return m_http.baseUrl(); }
    QString apiKey() const { return m_apiKey; }
    FakeHttpServer &http() { return m_http; } // every raw request, connection counts

    void setEngine(Engine engine) { m_engine = engine; }
    // Anything but "WORKING" makes the send endpoints answer 422 like WAHA does.
    void setSessionStatus(const QString &status) { m_status = status; }
    QString sessionStatus() const { return m_status; }
    // The next n /api calls answer `status` (500: WAHA's exception body; others: an HttpException body).
    void failNext(int n, int status = 500);
    void setDelayMs(int delayMs) { m_delayMs = delayMs; }
    // Like WAHA Core: /api/sendFile answers 422 "available only in Plus version" (default: accepted, like Plus).
    void setCoreEdition(bool core) { m_core = core; }
    void down() { m_http.stop(); }
    bool up() { return m_http.restart(); }

    QList<SentText> sentTexts() const { return m_sentTexts; }
    QList<SeenCall> seenCalls() const { return m_seenCalls; }
    QList<SentFile> sentFiles() const { return m_sentFiles; }
    QStringList typingEvents() const { return m_typing; } // "start:<chatId>" / "stop:<chatId>"

    // A message.ack webhook envelope (like tests/fixtures/waha/message-ack.json) for a message we sent.
    static QByteArray ackWebhookBody(const QString &shortMessageId, int ack,
                                     const QString &chatId = QStringLiteral("221771234567@c.us"),
                                     const QString &session = QStringLiteral("default"));
    // An incoming NOWEB text message webhook ("message" event) from chatId.
    static QByteArray textWebhookBody(const QString &chatId, const QString &text, const QString &shortMessageId,
                                      const QString &pushName = QStringLiteral("Marie"));

    // The image /api/{session}/auth/qr hands out while the session is SCAN_QR_CODE.
    static QByteArray qrPng();

signals:
    void textSent(const QString &chatId, const QString &text);

private:
    FakeResponse handle(const RecordedRequest &request);
    FakeResponse handleSend(const RecordedRequest &request);
    FakeResponse qrAnswer(const RecordedRequest &request);
    FakeResponse sendTextAnswer(const QString &chatId, const QString &text);
    QString nextMessageId();

    FakeHttpServer m_http;
    QString m_apiKey;
    Engine m_engine = Engine::Noweb;
    QString m_status = QStringLiteral("WORKING");
    QString m_session = QStringLiteral("default");
    int m_failures = 0;
    int m_failureStatus = 500;
    int m_delayMs = 0;
    quint64 m_counter = 0;
    QList<SentText> m_sentTexts;
    QList<SeenCall> m_seenCalls;
    QList<SentFile> m_sentFiles;
    bool m_core = false;
    QStringList m_typing;
};

} // namespace concierge::testing
