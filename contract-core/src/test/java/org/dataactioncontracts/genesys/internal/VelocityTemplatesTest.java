package org.dataactioncontracts.genesys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.velocity.VelocityContext;
import org.dataactioncontracts.genesys.EmulatorOptions.VelocityProfile;
import org.junit.jupiter.api.Test;

class VelocityTemplatesTest {

    @Test
    void everyActionOfAProfileSharesOneRuntimePair() {
        // A runtime pair per compiled action cost megabytes each: 2.3 GB at 200 Data Actions (scale benchmark).
        assertThat(VelocityTemplates.of(VelocityProfile.GENESYS_1_7_COMPATIBLE)).isSameAs(VelocityTemplates.of(VelocityProfile.GENESYS_1_7_COMPATIBLE));
        assertThat(VelocityTemplates.of(VelocityProfile.VELOCITY_2_DEFAULTS)).isNotSameAs(VelocityTemplates.of(VelocityProfile.GENESYS_1_7_COMPATIBLE));
    }

    @Test
    void templatesOfTheSharedRuntimeMergeIndependently() throws Exception {
        VelocityTemplates velocity = VelocityTemplates.of(VelocityProfile.GENESYS_1_7_COMPATIBLE);
        VelocityTemplates.Compiled first = velocity.lenient("a", "#set($x = 'one')$x");
        VelocityTemplates.Compiled second = velocity.lenient("b", "$x");

        assertThat(first.merge(new VelocityContext())).isEqualTo("one");
        assertThat(second.merge(new VelocityContext())).isEqualTo("$x");
    }
}
