#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace concierge::ui {

class ConsoleClient;

// "Audit log": who saw or changed what (parent codes checked, lockouts, children's data shown, certificates, the
// console's edits), newest first, with a filter on one conversation.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(ConsoleClient *client, QWidget *parent = nullptr);
    void reload();
    // "code_wrong" -> "Wrong parent code", in the console's language.
    static QString describeAction(const QString &action);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ConsoleClient *m_client;
    QLineEdit *m_chat = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace concierge::ui
