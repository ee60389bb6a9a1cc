package org.switchboard.desktop.ui;

import java.util.concurrent.Executor;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short two-note chime of a new offer, synthesized so no sound file ships. Plays on {@code audio},
 * never on the EDT; a machine without an audio device (e.g. Xvfb) just stays silent.
 */
public final class OfferTone {
    private static final Logger LOG = LoggerFactory.getLogger(OfferTone.class);
    private static final float RATE = 22_050f;

    private final Executor audio;

    public OfferTone(Executor audio) {
        this.audio = audio;
    }

    public void play() {
        audio.execute(this::playNow);
    }

    private void playNow() {
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            byte[] samples = chime();
            line.write(samples, 0, samples.length);
            line.drain();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            LOG.debug("offer tone not played, no usable audio device: {}", e.toString());
        }
    }

    static byte[] chime() {
        double[] notes = {880, 1320};
        int perNote = (int) (RATE * 0.14);
        byte[] out = new byte[notes.length * perNote * 2];
        for (int n = 0; n < notes.length; n++) {
            for (int i = 0; i < perNote; i++) {
                double envelope = Math.min(1, Math.min(i, perNote - i) / (RATE * 0.01));
                short value = (short) (Math.sin(2 * Math.PI * notes[n] * i / RATE) * envelope * 9_000);
                int at = (n * perNote + i) * 2;
                out[at] = (byte) value;
                out[at + 1] = (byte) (value >> 8);
            }
        }
        return out;
    }
}
