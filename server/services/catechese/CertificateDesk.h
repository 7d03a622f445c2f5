#pragma once

#include "store/Records.h"

#include <QObject>
#include <QString>

#include <functional>

namespace concierge::services {

// Issues a pupil's certificate and gets it to the parent: the PDF through WhatsApp, else a signed download link,
// else the secretariat (a follow-up). The service only chooses what to say from the outcome.
class CertificateDesk
{
public:
    struct Request
    {
        QString chatId;
        store::ParentRecord parent;
        store::StudentRecord pupil;
        QString language;
    };
    struct Outcome
    {
        QString textKey; // the reply text to send (services.json of catechese): certificate_sent, _link, _queued
        QString number;  // the certificate's verification number, when one was issued
        QString link;    // the download link, for certificate_link
    };

    virtual ~CertificateDesk() = default;
    virtual void deliver(const Request &request, QObject *context, std::function<void(Outcome)> done) = 0;
};

} // namespace concierge::services
