#include "api/SettingsController.h"

#include "api/ApiErrors.h"
#include "api/ApiSupport.h"
#include "api/ServerContext.h"
#include "ops/ConnectionTester.h"
#include "ops/SettingsCatalog.h"
#include "ops/SettingsEditor.h"

#include <QJsonArray>

#include <optional>

namespace concierge::api {

using http::HttpResponse;

namespace {

// {"values": {KEY: string | number | boolean}} as an environment; nullopt (400 answered) for anything else.
std::optional<config::Environment> valuesOf(const QJsonObject &body, const http::Responder &respond, bool required)
{
    const QJsonValue values = body.value(QLatin1String("values"));
    if (values.isUndefined() && !required)
        return config::Environment{};
    if (!values.isObject()) {
        respond(apiError(QStringLiteral("missing_field"), QStringLiteral("values: an object of settings")));
        return std::nullopt;
    }
    config::Environment env;
    const QJsonObject object = values.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            env.insert(it.key(), v.toString());
        else if (v.isDouble())
            env.insert(it.key(), QString::number(v.toDouble()));
        else if (v.isBool())
            env.insert(it.key(), v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else if (v.isNull())
            env.insert(it.key(), QString());
        else {
            respond(
                apiError(QStringLiteral("invalid_field"), QStringLiteral("%1: expected a text value").arg(it.key())));
            return std::nullopt;
        }
    }
    return env;
}

// The error with the setting it names, so that the console shows it next to the field.
HttpResponse settingError(const Error &error)
{
    QJsonObject body{{QStringLiteral("code"), error.code}, {QStringLiteral("message"), error.message}};
    const QString key = ops::SettingsEditor::keyOf(error);
    if (!key.isEmpty())
        body.insert(QStringLiteral("key"), key);
    const int status = httpStatusFor(error.code);
    return HttpResponse::json(status == 500 ? 400 : status, {{QStringLiteral("error"), body}});
}

QJsonArray array(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

SettingsController::SettingsController(ServerContext &context, ops::SettingsEditor *editor, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_editor(editor)
    , m_tester(new ops::ConnectionTester(context.curl, this))
{
}

void SettingsController::registerRoutes(http::Router &router)
{
    router.add("GET", "/api/v1/settings",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   list(request, std::move(respond));
               });
    router.add("PUT", "/api/v1/settings",
               [this](const http::HttpRequest &request, const http::PathParams &, http::Responder respond) {
                   save(request, std::move(respond));
               });
    router.add("POST", "/api/v1/settings/test/{service}",
               [this](const http::HttpRequest &request, const http::PathParams &params, http::Responder respond) {
                   test(request, params.value(QStringLiteral("service")), std::move(respond));
               });
}

void SettingsController::list(const http::HttpRequest &request, http::Responder respond)
{
    if (!bearerWithRole(*m_ctx.jwt, request, respond, QStringLiteral("admin")))
        return;
    const config::Environment current = m_editor->current();
    QJsonArray items;
    for (const ops::SettingDefinition &definition : ops::SettingsCatalog::all()) {
        const QString value = current.value(definition.key);
        QJsonObject item{{QStringLiteral("key"), definition.key},
                         {QStringLiteral("group"), definition.group},
                         {QStringLiteral("secret"), definition.secret},
                         {QStringLiteral("restart"), definition.restart},
                         {QStringLiteral("pending_restart"), m_editor->pendingRestart(definition.key)},
                         {QStringLiteral("from_environment"), ops::SettingsEditor::fromEnvironment(definition.key)}};
        if (definition.secret) {
            item.insert(QStringLiteral("value"), QString());
            item.insert(QStringLiteral("set"), !value.isEmpty());
            item.insert(QStringLiteral("hint"), ops::SettingsCatalog::hint(value));
        } else {
            item.insert(QStringLiteral("value"), value);
        }
        items.append(item);
    }
    respond(
        HttpResponse::json(200, {{QStringLiteral("settings"), items}, {QStringLiteral("file"), m_editor->filePath()}}));
}

void SettingsController::save(const http::HttpRequest &request, http::Responder respond)
{
    if (!bearerWithRole(*m_ctx.jwt, request, respond, QStringLiteral("admin")))
        return;
    const auto body = jsonBody(request, respond);
    if (!body)
        return;
    const auto values = valuesOf(*body, respond, true);
    if (!values)
        return;
    auto saved = m_editor->save(*values);
    if (!saved) {
        respond(settingError(saved.error()));
        return;
    }
    respond(HttpResponse::json(200, {{QStringLiteral("saved"), array(saved->saved)},
                                     {QStringLiteral("restart_required"), array(saved->restart)},
                                     {QStringLiteral("applied"), array(saved->applied)},
                                     {QStringLiteral("file"), m_editor->filePath()}}));
}

void SettingsController::test(const http::HttpRequest &request, const QString &service, http::Responder respond)
{
    if (!bearerWithRole(*m_ctx.jwt, request, respond, QStringLiteral("admin")))
        return;
    ops::ExternalService which = ops::ExternalService::Waha;
    if (service == QLatin1String("llm"))
        which = ops::ExternalService::Llm;
    else if (service == QLatin1String("baserow"))
        which = ops::ExternalService::Baserow;
    else if (service != QLatin1String("waha")) {
        respond(apiError(QStringLiteral("not_found"), QStringLiteral("no such service: waha, llm or baserow")));
        return;
    }
    config::Environment values;
    if (!request.body.trimmed().isEmpty()) {
        const auto body = jsonBody(request, respond);
        if (!body)
            return;
        const auto given = valuesOf(*body, respond, false);
        if (!given)
            return;
        values = *given;
    }
    auto settings = m_editor->preview(values);
    if (!settings) {
        respond(settingError(settings.error()));
        return;
    }
    if (const QString secret = ops::SettingsCatalog::secretSentElsewhere(values, m_editor->current());
        !secret.isEmpty()) {
        respond(HttpResponse::json(
            200, {{QStringLiteral("ok"), false},
                  {QStringLiteral("detail"),
                   QStringLiteral("Not tested: the saved %1 is only sent to the saved address. Type it again to test "
                                  "the new address.")
                       .arg(secret)}}));
        return;
    }
    m_tester->test(which, settings.value(), this, [respond](const ops::ConnectionCheck &check) {
        respond(HttpResponse::json(200, {{QStringLiteral("ok"), check.ok}, {QStringLiteral("detail"), check.detail}}));
    });
}

} // namespace concierge::api
