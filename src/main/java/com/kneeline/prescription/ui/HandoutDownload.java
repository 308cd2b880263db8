package com.kneeline.prescription.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;

import com.kneeline.prescription.ProgrammeDetails;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * "Download as PDF": the printable handout, on the paper usual where the browser's locale says the person is
 * (Letter in the US and a few other countries, A4 elsewhere), with the other size a click away. The programme is
 * read when the file is asked for, so the handout is never older than the page.
 */
public class HandoutDownload extends Div {

    static final String DOWNLOAD = "Download as PDF ({0})";
    static final String OTHER = "{0} paper instead";
    static final String A4 = "A4";
    static final String LETTER = "US Letter";

    public HandoutDownload(ProgrammeHandout handout, Supplier<ProgrammeDetails> programme, String personName,
                           Locale locale, ZoneId zone) {
        addClassName("kl-handout");
        setId("handout");
        ProgrammeHandout.Paper usual = ProgrammeHandout.Paper.forLocale(locale);
        ProgrammeHandout.Paper other = usual == ProgrammeHandout.Paper.A4 ? ProgrammeHandout.Paper.LETTER
                : ProgrammeHandout.Paper.A4;
        Anchor main = link(handout, programme, personName, locale, zone, usual,
                DOWNLOAD.replace("{0}", label(usual)));
        main.setId("handout-" + usual.name().toLowerCase(Locale.ROOT));
        main.addClassName("kl-handout-main");
        main.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
        Anchor alternative = link(handout, programme, personName, locale, zone, other,
                OTHER.replace("{0}", label(other)));
        alternative.setId("handout-" + other.name().toLowerCase(Locale.ROOT));
        alternative.addClassName("kl-fine-print");
        add(main, alternative);
    }

    private static String label(ProgrammeHandout.Paper paper) {
        return paper == ProgrammeHandout.Paper.A4 ? A4 : LETTER;
    }

    private static Anchor link(ProgrammeHandout handout, Supplier<ProgrammeDetails> programme, String personName,
                               Locale locale, ZoneId zone, ProgrammeHandout.Paper paper, String text) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            ProgrammeDetails details = programme.get();
            byte[] pdf = handout.pdf(details, personName, paper, locale, zone);
            return new DownloadResponse(new ByteArrayInputStream(pdf), ProgrammeHandout.fileName(details),
                    "application/pdf", pdf.length);
        }), text);
        return anchor;
    }
}
