#pragma once

#include <QJsonObject>
#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace concierge::ui {

class ConsoleClient;
class MainWindow;

// The first-run assistant, shown while GET /api/v1/setup says first_run: the parish's name, WAHA's address and key
// (with a test), an AI token or "continue without AI", the demo parish or not; then what to copy elsewhere (the
// webhook URL with this PC's LAN address, its token, the admin account). Finishing saves the settings, ends the
// first run (POST /api/v1/setup/complete) and offers the restart the settings need.
class FirstRunWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunWizard)

public:
    FirstRunWizard(ConsoleClient *client, const QJsonObject &setup, QWidget *parent = nullptr);

    // Asks the server whether this is a first run and, for an admin, shows the wizard (non-blocking).
    static void startIfNeeded(MainWindow *window);
    // The settings that finishing will save.
    QJsonObject values() const;

    void accept() override;

signals:
    // Saved and closed; the keys that need a server restart (the caller offers it).
    void finishedSetup(const QStringList &restartRequired);

private:
    QWizardPage *parishPage();
    QWizardPage *whatsAppPage();
    QWizardPage *aiPage();
    QWizardPage *demoPage();
    QWizardPage *summaryPage();
    QWidget *copyRow(const QString &objectName, const QString &text, QWidget *parent);
    void testService(const QString &service, const QJsonObject &values, QPushButton *button, QLabel *result);
    void complete(const QStringList &restart);

    ConsoleClient *m_client;
    QJsonObject m_setup;
    QLineEdit *m_parish = nullptr;
    QLineEdit *m_wahaUrl = nullptr;
    QLineEdit *m_wahaKey = nullptr;
    QLineEdit *m_llmUrl = nullptr;
    QLineEdit *m_llmToken = nullptr;
    QLineEdit *m_llmModel = nullptr;
    QCheckBox *m_noAi = nullptr;
    QCheckBox *m_demo = nullptr;
    QLabel *m_error = nullptr;
    bool m_saving = false;
};

} // namespace concierge::ui
