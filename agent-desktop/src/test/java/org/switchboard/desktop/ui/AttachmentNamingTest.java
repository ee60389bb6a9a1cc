package org.switchboard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.protocol.ChatAttachment;

class AttachmentNamingTest {

    @Test
    void aDownloadedFileKeepsItsTitleMadeSafe() {
        assertThat(AttachmentActions.fileName(file("report Q3.pdf"), "application/pdf")).isEqualTo("report Q3.pdf");
        assertThat(AttachmentActions.fileName(file("../../x:y?.doc"), "application/msword")).isEqualTo(".._.._x_y_.doc");
    }

    @Test
    void aFileWithoutExtensionGetsOneFromItsType() {
        assertThat(AttachmentActions.fileName(file("clip"), "video/mp4")).isEqualTo("clip.mp4");
        assertThat(AttachmentActions.fileName(file(""), "image/jpeg")).isEqualTo("file.jpg");
        assertThat(AttachmentActions.fileName(file("blob"), "application/octet-stream")).isEqualTo("blob");
    }

    @Test
    void initialsComeFromTheFirstTwoWords() {
        assertThat(AvatarIcon.initials("Anna Smith")).isEqualTo("AS");
        assertThat(AvatarIcon.initials("jürgen von müller")).isEqualTo("JV");
        assertThat(AvatarIcon.initials("Messenger user …1234")).isEqualTo("MU");
        assertThat(AvatarIcon.initials("  ")).isEqualTo("?");
    }

    private static ChatAttachment file(String title) {
        return new ChatAttachment(ChatAttachment.Kind.FILE, "/media/" + "c".repeat(64), title);
    }
}
