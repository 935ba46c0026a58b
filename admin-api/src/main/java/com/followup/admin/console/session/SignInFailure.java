package com.followup.admin.console.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One failed sign-in: the name tried (lower-case), the client's address and when. */
@MappedEntity("sign_in_failure")
record SignInFailure(
    @Id @GeneratedValue @Nullable Long id, String username, String address, Instant failedAt) {}
