#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include "shell/UnsavedWork.h"

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace concierge::ui {

class ConsoleClient;

// "Services": what the assistant does and says. The list of services, and the selected one's form (on/off, name,
// prompt, routing keywords with weights, reply texts in French and English). Saving goes through
// PUT /api/v1/services/{id}; the server's check is shown next to the field it names. Read-only for agents.
class ServicesPage final : public QWidget, public UnsavedWork
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServicesPage)

public:
    explicit ServicesPage(ConsoleClient *client, QWidget *parent = nullptr);

    bool hasUnsavedChanges() const override { return m_dirty; }
    QString unsavedChangesSummary() const override;
    void reload();
    void save();
    void revert();

signals:
    void saved(const QString &id);

protected:
    // The texts' row heights follow the table's width, which settles only once the page is shown.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildForm();
    void onServiceChosen(int row);
    bool confirmLeaving();
    void show(const QJsonObject &service);
    QJsonObject edited() const;
    void showError(const QString &message);
    void clearErrors();
    void setDirty(bool dirty);
    void setEditable(bool editable);
    void addKeywordRow(const QString &word, double weight);

    ConsoleClient *m_client;
    QList<QJsonObject> m_services;
    int m_current = -1;
    bool m_dirty = false;
    bool m_filling = false; // the form is being filled from the server: not an edit
    QListWidget *m_list = nullptr;
    QLabel *m_readOnlyNote = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_displayName = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QFormLayout *m_form = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QWidget *m_keywordsRow = nullptr;
    QTableWidget *m_keywords = nullptr;
    QTableWidget *m_texts = nullptr;
    QPushButton *m_addKeyword = nullptr;
    QPushButton *m_removeKeyword = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QLabel *> m_errors; // by field: enabled, display_name, system_prompt, keywords, texts, (other)
};

} // namespace concierge::ui
