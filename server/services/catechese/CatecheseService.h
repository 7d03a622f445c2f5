#pragma once

#include "services/Service.h"

namespace concierge::services {

// CATECHESE: a parent asks about a child's catechism record. The service asks for the parent code and waits for
// it (a flow of two more tries, then the menu); until the registry service is built, the secretariat takes over
// once the code is given.
class CatecheseService final : public Service
{
public:
    domain::ServiceId id() const override { return domain::ServiceId::Catechese; }
    QString description() const override;
    bool waitsForAnswer() const override { return true; }
    QStringList decisiveEntities() const override { return {QStringLiteral("parent_code")}; }
    void handle(std::shared_ptr<ServiceTurn> turn, QObject *context, Done done) override;

    static constexpr int kMaxRetries = 2; // answers without a code before the menu is shown again
};

} // namespace concierge::services
