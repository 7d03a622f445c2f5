#pragma once

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace concierge::ui {

class ConsoleClient;

// Adds or edits one knowledge base entry: question, answer, keywords, language. Saves through the API and stays open
// with the server's message when it refuses (an empty answer, a question too long, ...).
class FaqDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaqDialog)

public:
    // `row` empty: a new entry.
    FaqDialog(ConsoleClient *client, const QJsonObject &row, QWidget *parent = nullptr);
    void submit();

private:
    ConsoleClient *m_client;
    qint64 m_id = 0;
    QLineEdit *m_question = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QLineEdit *m_keywords = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace concierge::ui
