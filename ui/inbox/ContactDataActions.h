#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace concierge::ui {
class ConsoleClient;
}

namespace concierge::ui::inbox {

class ConversationPanel;

// A contact's rights, for administrators, in the Conversation menu: "Export contact data…" saves what the server
// holds about the shown conversation's contact as a JSON file; "Erase contact data…" asks for confirmation (the
// contact named, the erasure cannot be undone) and then empties the thread.
class ContactDataActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactDataActions)

public:
    ContactDataActions(ConsoleClient *client, ConversationPanel *panel, QMenu *menu, QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *eraseAction() const { return m_erase; }
    // Visible for administrators, enabled while a conversation is shown.
    void updateActions();

    // The steps behind the dialogs (a test drives them without the dialogs too).
    void exportTo(const QString &chatId, const QString &path);
    void erase(const QString &chatId);

signals:
    void exported(const QString &path);
    void erased(const QString &chatId);

private:
    void chooseExportFile();
    void confirmErase();
    void warn(const QString &title, const QString &text);

    ConsoleClient *m_client;
    ConversationPanel *m_panel;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_erase;
};

} // namespace concierge::ui::inbox
