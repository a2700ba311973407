package io.vitrina.user.testing;

import io.vitrina.user.credential.PasswordHasher;

/** Reversible "hashing" for speed, counting verifications so timing parity can be checked. */
public final class FakePasswordHasher implements PasswordHasher {

  public int verifications;

  @Override
  public String hash(String password) {
    return "fake:" + password;
  }

  @Override
  public boolean verify(String password, String hash) {
    verifications++;
    return hash.equals("fake:" + password);
  }

  @Override
  public void verifyNothing(String password) {
    verifications++;
  }
}
