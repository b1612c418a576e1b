package vn.gov.noivu.bantin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The fonts the layout checks lay pages out with are installed with their Vietnamese letters, and a missing one is named. */
class ChromiumFontTest {
    @Test
    void theLayoutFontsAreInstalledWithTheVietnameseLetters() {
        for (Chromium.Font font : Chromium.Font.values()) {
            font.requireInstalled();
        }
    }

    @Test
    void aMissingFontIsNamedWithItsPackage() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Chromium.requireFont("Phông Không Có", "fonts-khong-co"));
        assertEquals("the font Phông Không Có (with the Vietnamese letters) is not installed: the layout checks lay pages out with it. "
                + "Run .ci/run, which installs Debian's fonts-khong-co (or `apt-get install -y fonts-khong-co`)", e.getMessage());
    }
}
