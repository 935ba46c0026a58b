package com.followup.campaign.verification;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One service station's repair claims checked with customers over a period.
 *
 * @param verifiedRepairs repair follow-ups where the claim was checked
 * @param mismatches of those, the ones that did not match (one ticket each)
 * @param repairsNotConfirmed repairs the customer did not confirm were done
 * @param partsClaimed parts the station reported on the checked repairs
 * @param partsNotConfirmed parts claimed but not confirmed by the customer
 * @param partsUnsure parts the customer was unsure of
 */
@Serdeable
public record StationVerification(
    String dealerCode,
    long verifiedRepairs,
    long mismatches,
    long repairsNotConfirmed,
    long partsClaimed,
    long partsNotConfirmed,
    long partsUnsure) {}
