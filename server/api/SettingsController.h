#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::ops {
class ConnectionTester;
class SettingsEditor;
} // namespace concierge::ops

namespace concierge::api {

struct ServerContext;

// The server's settings for the console (Bearer, admin): GET /api/v1/settings, PUT /api/v1/settings
// {"values": {KEY: value}} (validated, written to <DATA_DIR>/concierge.env), POST /api/v1/settings/test/{service}
// (waha | llm | baserow) with optional unsaved {"values"}. Secrets never leave the server (docs/api.md).
class SettingsController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsController)

public:
    SettingsController(ServerContext &context, ops::SettingsEditor *editor, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void list(const http::HttpRequest &request, http::Responder respond);
    void save(const http::HttpRequest &request, http::Responder respond);
    void test(const http::HttpRequest &request, const QString &service, http::Responder respond);

    ServerContext &m_ctx;
    ops::SettingsEditor *m_editor;
    ops::ConnectionTester *m_tester;
};

} // namespace concierge::api
