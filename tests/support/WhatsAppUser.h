#pragma once

#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QList>
#include <QString>

namespace concierge::testing {

// A WhatsApp user talking to a TestServer: ask() posts a webhook and returns the reply WAHA was asked to send.
class WhatsAppUser
{
public:
    WhatsAppUser(TestServer &server, FakeWaha &waha, QString chatId)
        : m_server(server)
        , m_waha(waha)
        , m_chatId(std::move(chatId))
    {
    }

    // The reply's text, or "<no reply>" when none came within timeoutMs, or "<webhook answered N>".
    QString ask(const QString &text, int timeoutMs = 30000);
    QString chatId() const { return m_chatId; }
    // What WAHA was asked to send to this chat, oldest first.
    QList<FakeWaha::SentText> replies() const;

private:
    TestServer &m_server;
    FakeWaha &m_waha;
    QString m_chatId;
    int m_counter = 0;
};

} // namespace concierge::testing
