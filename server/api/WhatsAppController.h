#pragma once

#include "http/Router.h"

#include <QObject>

namespace concierge::api {

struct ServerContext;

// GET /api/v1/whatsapp/qr (Bearer, any role): the QR code WAHA shows while its session waits for a scan
// (SCAN_QR_CODE), as {"mimetype": "image/png", "data": "<base64>"}.
class WhatsAppController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhatsAppController)

public:
    explicit WhatsAppController(ServerContext &context, QObject *parent = nullptr);
    void registerRoutes(http::Router &router);

private:
    void qr(const http::HttpRequest &request, http::Responder respond);

    ServerContext &m_ctx;
};

} // namespace concierge::api
