#include "services/catechese/CertificateWriter.h"

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <qrencode.h>

namespace concierge::services::catechese {

namespace {

constexpr int kDpi = 300;
constexpr double kMarginMm = 20;
constexpr double kQrSizeMm = 32;

int mm(double millimetres)
{
    return int(millimetres * kDpi / 25.4);
}

QFont font(int points, bool bold = false, bool italic = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSize(points);
    f.setBold(bold);
    f.setItalic(italic);
    return f;
}

QString frenchDate(const QDate &date)
{
    return date.isValid() ? QLocale(QLocale::French).toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

// Black modules on white, `size` device units wide; nothing when the text cannot be encoded.
void drawQr(QPainter &painter, const QString &text, const QRect &area)
{
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    const int quiet = 2;
    const int modules = code->width + 2 * quiet;
    const double cell = double(area.width()) / modules;
    painter.fillRect(area, Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1)
                painter.fillRect(QRectF(area.left() + (x + quiet) * cell, area.top() + (y + quiet) * cell, cell, cell),
                                 Qt::black);
        }
    }
    QRcode_free(code);
}

// Draws `text` centred across the page at `top`; returns the bottom of what was drawn.
int centred(QPainter &painter, int top, const QString &text, const QFont &f)
{
    painter.setFont(f);
    const int width = painter.window().width() - 2 * mm(kMarginMm);
    const QRect box(mm(kMarginMm), top, width, mm(200));
    const QRect used = painter.boundingRect(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
    painter.drawText(box, Qt::AlignHCenter | Qt::TextWordWrap, text);
    return top + used.height();
}

int drawHeader(QPainter &painter, const ParishIdentity &parish)
{
    int top = mm(kMarginMm);
    const QImage logo = parish.logoPath.isEmpty() ? QImage() : QImage(parish.logoPath);
    if (!logo.isNull()) {
        const QSize size = logo.size().scaled(mm(35), mm(35), Qt::KeepAspectRatio);
        painter.drawImage(QRect((painter.window().width() - size.width()) / 2, top, size.width(), size.height()), logo);
        top += size.height() + mm(6);
    }
    top = centred(painter, top, parish.name, font(16, true)) + mm(14);
    top = centred(painter, top, QStringLiteral("CERTIFICAT DE CATÉCHÈSE"), font(24, true)) + mm(4);
    return centred(painter, top, QStringLiteral("Attestation de suivi"), font(13, false, true)) + mm(18);
}

int drawBody(QPainter &painter, int top, const store::CertificateRow &c)
{
    const QString fullName = c.firstName + u' ' + c.lastName.toUpper();
    top = centred(painter, top, QStringLiteral("Le secrétariat paroissial certifie que"), font(13)) + mm(8);
    top = centred(painter, top, fullName, font(20, true)) + mm(8);
    const QString birth = frenchDate(QDate::fromString(c.birthDate, Qt::ISODate));
    QStringList lines;
    if (!birth.isEmpty())
        lines << QStringLiteral("né(e) le %1,").arg(birth);
    lines << QStringLiteral("a suivi la catéchèse en %1 pendant l'année %2,").arg(c.level, c.schoolYear)
          << QStringLiteral("avec une assiduité de %1 séances sur %2.").arg(c.sessionsAttended).arg(c.sessionsTotal);
    for (const QString &line : std::as_const(lines))
        top = centred(painter, top, line, font(13)) + mm(3);
    const QDate issued = QDateTime::fromMSecsSinceEpoch(c.issuedAtMs).date();
    top += mm(12);
    return centred(painter, top, QStringLiteral("Fait le %1.").arg(frenchDate(issued)), font(12)) + mm(8);
}

void drawVerification(QPainter &painter, const store::CertificateRow &c, const QString &url)
{
    const int page = painter.window().height();
    const QRect qr(mm(kMarginMm), page - mm(kMarginMm + kQrSizeMm), mm(kQrSizeMm), mm(kQrSizeMm));
    drawQr(painter, url.isEmpty() ? c.number : url, qr);
    const QRect text(qr.right() + mm(6), qr.top(), painter.window().width() - qr.right() - mm(6 + kMarginMm),
                     qr.height());
    painter.setFont(font(11));
    painter.drawText(text, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
                     QStringLiteral("N° de vérification : %1\nVérifiez l'authenticité de ce certificat en scannant le"
                                    " code QR%2.")
                         .arg(c.number, url.isEmpty() ? QString() : QStringLiteral(" ou sur ") + url));
}

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
        else if (!c.isMark() && !out.isEmpty() && !out.endsWith(u'-'))
            out.append(u'-');
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out;
}

} // namespace

Result<QByteArray> CertificateWriter::write(const store::CertificateRow &certificate, const ParishIdentity &parish,
                                            const QString &verificationUrl)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(kDpi);
        writer.setTitle(QStringLiteral("Certificat %1").arg(certificate.number));
        writer.setCreator(QStringLiteral("Concierge"));
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{QStringLiteral("certificate_render"), QStringLiteral("could not start the PDF painter")};
        const int top = drawHeader(painter, parish);
        drawBody(painter, top, certificate);
        drawVerification(painter, certificate, verificationUrl);
        painter.end();
    }
    return bytes;
}

QString CertificateWriter::fileName(const store::CertificateRow &certificate)
{
    const QString name = slug(certificate.firstName + u' ' + certificate.lastName + u' ' + certificate.schoolYear);
    return QStringLiteral("certificat-") + (name.isEmpty() ? QStringLiteral("eleve") : name) + QStringLiteral(".pdf");
}

} // namespace concierge::services::catechese
