package cn.energyinspect.app.bench;

import cn.energyinspect.app.support.Api;
import cn.energyinspect.app.support.CaseWorld;

/**
 * The people of one {@link CaseWorld.World}, signed in through the API. Tokens expire after eight hours of the app's
 * clock, so sign in again after moving it.
 */
record Staff(CaseWorld.World world, Api supervisor, Api inspector1, Api inspector2, Api enterprise) {
    static Staff signIn(int port, CaseWorld.World world) {
        return new Staff(
                world,
                Api.as(port, world.supervisor()),
                Api.as(port, world.inspector1()),
                Api.as(port, world.inspector2()),
                Api.as(port, world.enterpriseUser()));
    }

    Staff signInAgain(int port) {
        return signIn(port, world);
    }
}
