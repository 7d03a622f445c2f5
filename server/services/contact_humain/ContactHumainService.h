#pragma once

#include "services/Service.h"

namespace concierge::services {

// CONTACT_HUMAIN: the user wants a person. The reply says someone will answer; the conversation is then the
// secretariat's (the console shows it).
class ContactHumainService final : public Service
{
public:
    domain::ServiceId id() const override { return domain::ServiceId::ContactHumain; }
    QString description() const override;
    void handle(std::shared_ptr<ServiceTurn> turn, QObject *context, Done done) override;
};

} // namespace concierge::services
