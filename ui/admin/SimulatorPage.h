#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace concierge::ui {

class ConsoleClient;

// "Try it": write as a parent would and see what the assistant answers, with the service and intent it chose, the
// language, its confidence, whether the AI or the offline router decided, and how long it took. Nothing is sent on
// WhatsApp (POST /api/v1/orchestrate). With a chat id, the assistant sees that conversation's context.
class SimulatorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatorPage)

public:
    explicit SimulatorPage(ConsoleClient *client, QWidget *parent = nullptr);
    void send();

signals:
    void answered(const QString &reply);

private:
    void showAnswer(const QString &question, const QJsonObject &answer);

    ConsoleClient *m_client;
    QLineEdit *m_chat = nullptr;
    QComboBox *m_language = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_send = nullptr;
    QTextBrowser *m_transcript = nullptr;
    QLabel *m_details = nullptr;
};

} // namespace concierge::ui
