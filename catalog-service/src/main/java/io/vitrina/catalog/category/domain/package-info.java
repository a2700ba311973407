/**
 * The category tree: each category knows its parent and its materialized path of ids, so a subtree
 * is one prefix scan. Moves re-path the whole subtree and are refused when they would make a cycle
 * or a tree deeper than eight levels; every change of the tree's shape is serialised.
 */
package io.vitrina.catalog.category.domain;
