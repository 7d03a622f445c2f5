#include "settings/SettingsDialog.h"

#include "client/ConsoleClient.h"
#include "settings/ConsoleLanguage.h"
#include "settings/SettingsLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace concierge::ui {

namespace {

const QStringList kGroups{QStringLiteral("whatsapp"), QStringLiteral("ai"),    QStringLiteral("baserow"),
                          QStringLiteral("parish"),   QStringLiteral("hours"), QStringLiteral("server")};

// The groups with an external service to test, and the service's name in the API.
QString serviceOf(const QString &group)
{
    if (group == QLatin1String("whatsapp"))
        return QStringLiteral("waha");
    if (group == QLatin1String("ai"))
        return QStringLiteral("llm");
    if (group == QLatin1String("baserow"))
        return QStringLiteral("baserow");
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(ConsoleClient *client, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    resize(640, 560);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    m_status = new QLabel(tr("Loading the server's settings…"), this);
    m_status->setObjectName(QStringLiteral("settingsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveSettings"));
    m_save->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
}

QWidget *SettingsDialog::field(const QString &key) const
{
    return m_fields.value(key).editor;
}

void SettingsDialog::load()
{
    m_client->get(QStringLiteral("/api/v1/settings"), this, [this](const ApiReply &reply) {
        if (!reply.ok()) {
            m_status->setText(
                reply.status == 403
                    ? tr("Only an administrator may change the settings.")
                    : tr("The settings could not be loaded: %1. Close and try again.").arg(reply.errorMessage));
            return;
        }
        build(reply.json);
        m_status->setText(tr("Saved to %1 on the server.").arg(reply.json.value(u"file").toString()));
        m_save->setEnabled(true);
        emit loaded();
    });
}

QWidget *SettingsDialog::groupPage(const QString &group)
{
    if (QWidget *page = m_pages.value(group))
        return page;
    auto *scroll = new QScrollArea(m_tabs);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    page->setObjectName(QStringLiteral("settingsGroup_") + group);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    scroll->setWidget(page);
    m_tabs->addTab(scroll, settingGroupTitle(group));
    m_pages.insert(group, page);
    return page;
}

void SettingsDialog::build(const QJsonObject &answer)
{
    for (const QString &group : kGroups)
        groupPage(group);
    for (const QJsonValue &value : answer.value(u"settings").toArray()) {
        const QJsonObject setting = value.toObject();
        const QString key = setting.value(u"key").toString();
        const QString group = setting.value(u"group").toString();
        QWidget *page = groupPage(group);
        auto *form = static_cast<QFormLayout *>(page->layout());
        QWidget *row = nullptr;
        Field field;
        field.editor = makeEditor(setting, page, &row);
        field.initial = valueOf(field.editor);
        field.group = group;
        field.secret = setting.value(u"secret").toBool();
        field.error = new QLabel(page);
        field.error->setObjectName(QStringLiteral("error_") + key);
        field.error->setStyleSheet(QStringLiteral("color: #b00020"));
        field.error->setWordWrap(true);
        field.error->hide();
        auto *cell = new QWidget(page);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins({});
        cellLayout->addWidget(row);
        cellLayout->addWidget(field.error);
        QString label = settingLabel(key);
        if (setting.value(u"pending_restart").toBool())
            label += tr(" (saved, after a restart)");
        auto *name = new QLabel(label, page);
        QString tip = key;
        if (setting.value(u"from_environment").toBool())
            tip += QLatin1Char('\n') + tr("Also set in the server's environment, which wins over a saved value.");
        name->setToolTip(tip);
        form->addRow(name, cell);
        m_fields.insert(key, field);
    }
    for (const QString &group : kGroups)
        addTestButton(group, m_pages.value(group));
    addConsolePage();
}

QWidget *SettingsDialog::makeEditor(const QJsonObject &setting, QWidget *parent, QWidget **row)
{
    const QString key = setting.value(u"key").toString();
    const QString value = setting.value(u"value").toString();
    if (key == QLatin1String("DEMO_DATA")) {
        auto *box = new QCheckBox(parent);
        box->setChecked(value == QLatin1String("true"));
        box->setObjectName(QStringLiteral("setting_") + key);
        return *row = box;
    }
    if (key == QLatin1String("LOG_LEVEL")) {
        auto *combo = new QComboBox(parent);
        for (const char *level : {"debug", "info", "warning", "error"})
            combo->addItem(QLatin1String(level), QLatin1String(level));
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
        combo->setObjectName(QStringLiteral("setting_") + key);
        return *row = combo;
    }
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("setting_") + key);
    if (!setting.value(u"secret").toBool()) {
        edit->setText(value);
        return *row = edit;
    }
    // A secret never comes back from the server: typing replaces it, an empty field keeps it.
    edit->setEchoMode(QLineEdit::Password);
    const QString hint = setting.value(u"hint").toString();
    edit->setPlaceholderText(!setting.value(u"set").toBool() ? tr("not set")
                             : hint.isEmpty()                ? tr("set — type to replace")
                                              : tr("set, ends with …%1 — type to replace").arg(hint));
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins({});
    layout->addWidget(edit, 1);
    auto *show = new QToolButton(box);
    show->setObjectName(QStringLiteral("show_") + key);
    show->setText(tr("Show"));
    show->setCheckable(true);
    show->setToolTip(tr("Show what you typed"));
    connect(show, &QToolButton::toggled, edit,
            [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    layout->addWidget(show);
    *row = box;
    return edit;
}

QString SettingsDialog::valueOf(const QWidget *editor)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor))
        return edit->text().trimmed();
    if (const auto *box = qobject_cast<const QCheckBox *>(editor))
        return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentData().toString();
    return {};
}

void SettingsDialog::addTestButton(const QString &group, QWidget *page)
{
    const QString service = serviceOf(group);
    if (service.isEmpty() || !page)
        return;
    auto *form = static_cast<QFormLayout *>(page->layout());
    auto *button = new QPushButton(tr("Test connection"), page);
    button->setObjectName(QStringLiteral("test_") + service);
    auto *result = new QLabel(page);
    result->setObjectName(QStringLiteral("testResult_") + service);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse); // one line: a wrapped label loses its height here
    form->addRow(button, result);
    connect(button, &QPushButton::clicked, this, [this, group, service, button, result] {
        button->setEnabled(false);
        result->setText(tr("Testing…"));
        const QJsonObject body{{QStringLiteral("values"), changedValues(group)}};
        m_client->post(QStringLiteral("/api/v1/settings/test/") + service, body, this,
                       [button, result](const ApiReply &reply) {
                           button->setEnabled(true);
                           if (!reply.ok()) {
                               result->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                                                   .arg(reply.errorMessage.toHtmlEscaped()));
                               return;
                           }
                           const bool ok = reply.json.value(u"ok").toBool();
                           result->setText(QStringLiteral("<span style='color:%1'>%2 %3</span>")
                                               .arg(ok ? QStringLiteral("#1b7f3b") : QStringLiteral("#b00020"),
                                                    ok ? QStringLiteral("✔") : QStringLiteral("✘"),
                                                    reply.json.value(u"detail").toString().toHtmlEscaped()));
                       });
    });
}

void SettingsDialog::addConsolePage()
{
    auto *page = new QWidget(m_tabs);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("consoleLanguage"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(chosenConsoleLanguage())));
    form->addRow(tr("Console language"), m_language);
    auto *note = new QLabel(tr("Kept on this computer; applies the next time the console starts."), page);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    m_tabs->addTab(page, settingGroupTitle(QStringLiteral("console")));
}

QJsonObject SettingsDialog::changedValues(const QString &group) const
{
    QJsonObject values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!group.isEmpty() && it->group != group)
            continue;
        const QString value = valueOf(it->editor);
        if (it->secret ? !value.isEmpty() : value != it->initial)
            values.insert(it.key(), value);
    }
    return values;
}

void SettingsDialog::clearErrors()
{
    for (const Field &field : std::as_const(m_fields))
        field.error->hide();
}

void SettingsDialog::showError(const QString &key, const QString &message)
{
    const auto field = m_fields.constFind(key);
    if (field == m_fields.cend()) {
        m_status->setText(message);
        return;
    }
    field->error->setText(message);
    field->error->show();
    if (QWidget *page = m_pages.value(field->group))
        m_tabs->setCurrentWidget(page->parentWidget()->parentWidget()); // the page's scroll area
    field->editor->setFocus();
    m_status->setText(tr("Correct the field marked in red, then save again."));
}

void SettingsDialog::save()
{
    if (m_language)
        setChosenConsoleLanguage(m_language->currentData().toString());
    const QJsonObject values = changedValues();
    if (values.isEmpty()) {
        accept();
        return;
    }
    clearErrors();
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_client->put(QStringLiteral("/api/v1/settings"), {{QStringLiteral("values"), values}}, this,
                  [this](const ApiReply &reply) {
                      m_save->setEnabled(true);
                      if (!reply.ok()) {
                          const QString key = reply.json.value(u"error").toObject().value(u"key").toString();
                          showError(key, reply.errorMessage);
                          return;
                      }
                      QStringList restart;
                      for (const QJsonValue &key : reply.json.value(u"restart_required").toArray())
                          restart.append(key.toString());
                      afterSave(restart);
                  });
}

void SettingsDialog::afterSave(const QStringList &restart)
{
    emit saved(restart);
    if (restart.isEmpty()) {
        accept();
        return;
    }
    QStringList names;
    for (const QString &key : restart)
        names.append(settingLabel(key));
    auto *question = new QMessageBox(QMessageBox::Question, tr("Restart the server?"),
                                     tr("Saved. These settings take effect when the server restarts: %1.\n\nRestart "
                                        "it now? Conversations in progress resume after the restart.")
                                         .arg(names.join(QStringLiteral(", "))),
                                     QMessageBox::Yes | QMessageBox::No, this);
    question->setObjectName(QStringLiteral("restartQuestion"));
    question->button(QMessageBox::Yes)->setText(tr("Restart now"));
    question->button(QMessageBox::No)->setText(tr("Later"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            emit restartRequested();
        accept();
    });
    question->open();
}

} // namespace concierge::ui
