package com.followup.admin.scheduling;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.quartz.spi.InstanceIdGenerator;

/**
 * This instance's id in the Quartz cluster: its host name and the time it started, as Quartz's own
 * generator makes it, but without needing the host name to resolve (a container whose name is not
 * in DNS or /etc/hosts would otherwise not start): then the {@code HOSTNAME} the runtime sets, then
 * "instance". Quartz creates it by name, so it has a public constructor.
 */
public final class InstanceIds implements InstanceIdGenerator {

  @Override
  public String generateInstanceId() {
    return host() + System.currentTimeMillis();
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException unresolved) {
      String named = System.getenv("HOSTNAME");
      return named == null || named.isBlank() ? "instance" : named;
    }
  }
}
