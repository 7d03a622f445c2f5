#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QLabel;
class QPushButton;
class QTabWidget;
class QComboBox;

namespace concierge::ui {

class ConsoleClient;

// Tools > Settings… (admins): the server's settings by group (GET /api/v1/settings), secrets masked (typing a new
// value replaces one, "Show" reveals what was typed), the server's validation errors next to their field, a "Test
// connection" button for WAHA, the AI model and Baserow, and Save (PUT /api/v1/settings). When saved settings need
// a restart, it offers one (restartRequested). Also the console's own language, kept on this computer.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(ConsoleClient *client, QWidget *parent = nullptr);

    // The field of a setting (a QLineEdit, QComboBox or QCheckBox), once loaded.
    QWidget *field(const QString &key) const;
    void save();

signals:
    void loaded();
    void saved(const QStringList &restartRequired);
    void restartRequested();

private:
    struct Field
    {
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        QString initial;
        QString group;
        bool secret = false;
    };

    void load();
    void build(const QJsonObject &answer);
    QWidget *makeEditor(const QJsonObject &setting, QWidget *parent, QWidget **row);
    QWidget *groupPage(const QString &group);
    void addTestButton(const QString &group, QWidget *page);
    void addConsolePage();
    static QString valueOf(const QWidget *editor);
    QJsonObject changedValues(const QString &group = {}) const;
    void showError(const QString &key, const QString &message);
    void clearErrors();
    void afterSave(const QStringList &restart);

    ConsoleClient *m_client;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QComboBox *m_language = nullptr;
    QHash<QString, Field> m_fields;
    QHash<QString, QWidget *> m_pages;
};

} // namespace concierge::ui
