package org.switchboard.desktop.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class OfferToneTest {

    @Test
    void playingWithOrWithoutAnAudioDeviceNeverFails() {
        assertThatCode(() -> new OfferTone(Runnable::run).play()).doesNotThrowAnyException();
    }

    @Test
    void theChimeIsTwoShortNotesOfSixteenBitSamples() {
        byte[] chime = OfferTone.chime();

        assertThat(chime.length).isEqualTo(2 * (int) (22_050f * 0.14) * 2);
        int loudest = 0;
        for (int i = 0; i < chime.length; i += 2) {
            loudest = Math.max(loudest, Math.abs((short) ((chime[i + 1] << 8) | (chime[i] & 0xff))));
        }
        assertThat(loudest).isBetween(8_000, 9_000);
    }
}
