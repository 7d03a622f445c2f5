#pragma once

#include <QString>

class QWidget;

namespace concierge::app {

// What to do when the embedded server's port is taken by something other than a console on this data folder.
struct PortConflict
{
    enum class Choice { Connect, FreePort, Quit };

    // Whether address:port can be listened on now.
    static bool portFree(const QString &address, quint16 port);
    // Whether a Concierge server answers GET /health at baseUrl (bounded wait at start-up, before any window).
    static bool isConciergeServer(const QString &baseUrl, int timeoutMs = 2000);
    // Explains the conflict and asks the way forward: connect to that Concierge server, or start on a free port
    // this time (PORT must then be changed for WhatsApp's webhook), or quit.
    static Choice ask(quint16 port, const QString &baseUrl, bool concierge);
};

} // namespace concierge::app
